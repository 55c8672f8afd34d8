import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError, type Problem } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { verifyLogChain } from '@/services/log/chain-service'
import { ChainVerifier, entryHash, GENESIS_HASH } from '@/domain/log/log-chain'
import type { LogEntry } from '@/domain/log/log-entry'
import { appendLogEntry, correctLogEntry, entriesBetween, searchLog } from '@/services/log/log-service'

const OFFICER: Actor = { id: 'usr_duty', name: '李值班' }
const HOUR = 3600_000
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(async () => {
  await db.delete()
})

async function problemsOf(work: Promise<unknown>): Promise<string[]> {
  try {
    await work
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError)
    return (e as ValidationError).problems.map((p: Problem) => p.code)
  }
  throw new Error('expected a ValidationError')
}

describe('appendLogEntry', () => {
  it('numbers entries, chains them and records the author and the real entry time', async () => {
    const before = Date.now()
    const first = await appendLogEntry(db, OFFICER, {
      kind: 'call-in',
      content: '青龙村报告返乡 2 人',
      counterpart: ' 李书记 ',
    })
    const second = await appendLogEntry(db, OFFICER, {
      kind: 'decision',
      content: '安排核酸',
      occurredAt: before - HOUR,
    })
    expect(first).toMatchObject({ seq: 1, authorName: '李值班', counterpart: '李书记', prevHash: '0'.repeat(64) })
    expect(second.seq).toBe(2)
    expect(second.prevHash).toBe(first.hash)
    expect(second.occurredAt).toBe(before - HOUR)
    expect(second.enteredAt).toBeGreaterThanOrEqual(before)
    expect(await db.logHead.get('head')).toEqual({ id: 'head', seq: 2, hash: second.hash })
    expect(await db.audit.where('[entity+entityId]').equals(['logEntry', first.id]).count()).toBe(1)
  })

  it('refuses empty content, a future time and a time too far back, writing nothing', async () => {
    expect(await problemsOf(appendLogEntry(db, OFFICER, { kind: 'call-in', content: '  ' }))).toEqual([
      'log.contentRequired',
    ])
    expect(
      await problemsOf(appendLogEntry(db, OFFICER, { kind: 'call-in', content: 'x', occurredAt: Date.now() + HOUR })),
    ).toEqual(['log.timeFuture'])
    expect(
      await problemsOf(
        appendLogEntry(db, OFFICER, { kind: 'call-in', content: 'x', occurredAt: Date.now() - 72 * HOUR }),
      ),
    ).toEqual(['log.timeTooOld'])
    expect(await db.logEntries.count()).toBe(0)
  })

  it('keeps the chain whole when many entries are appended at once', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => appendLogEntry(db, OFFICER, { kind: 'other', content: `第 ${i} 条` })),
    )
    const report = await verifyLogChain(db)
    expect(report).toEqual({ checked: 20, breaks: [] })
  })
})

describe('corrections', () => {
  it('add a new entry pointing at the old one; both show, the old one marked', async () => {
    const wrong = await appendLogEntry(db, OFFICER, { kind: 'call-in', content: '发热 1 人，37.3℃' })
    const fix = await correctLogEntry(db, OFFICER, wrong.id, { kind: 'call-in', content: '发热 1 人，38.3℃' })
    expect(fix.corrects).toBe(wrong.id)
    const now = Date.now()
    const page = await searchLog(db, { window: { from: now - HOUR, to: now + HOUR }, page: 1, pageSize: 20 })
    expect(page.items.map((e) => e.seq)).toEqual([2, 1])
    expect(page.correctedBy[wrong.id]).toEqual([2])
    expect(page.correctedSeq[wrong.id]).toBe(1)
    expect((await db.logEntries.get(wrong.id))?.content).toBe('发热 1 人，37.3℃')
  })

  it('refuse to correct an entry that does not exist', async () => {
    expect(await problemsOf(correctLogEntry(db, OFFICER, 'log_nope', { kind: 'other', content: 'x' }))).toEqual([
      'notFound',
    ])
  })
})

describe('reading the log', () => {
  it('entriesBetween gives a window oldest first; searchLog filters by kind, village, author and text, and pages', async () => {
    const now = Date.now()
    await appendLogEntry(db, OFFICER, {
      kind: 'call-in',
      content: '城关村来电',
      villageId: 'vil_a',
      occurredAt: now - 3 * HOUR,
    })
    await appendLogEntry(
      db,
      { id: 'usr_b', name: '王' },
      { kind: 'report', content: '报告发热', villageId: 'vil_b', occurredAt: now - 2 * HOUR },
    )
    await appendLogEntry(db, OFFICER, {
      kind: 'call-in',
      content: '青龙村来电',
      phone: '13900001111',
      occurredAt: now - HOUR,
    })
    await appendLogEntry(db, OFFICER, { kind: 'other', content: '昨天的事', occurredAt: now - 30 * HOUR })
    const window = { from: now - 4 * HOUR, to: now + 1 }
    expect((await entriesBetween(db, window.from, window.to)).map((e) => e.content)).toEqual([
      '城关村来电',
      '报告发热',
      '青龙村来电',
    ])
    const search = (more: object) => searchLog(db, { window, page: 1, pageSize: 20, ...more })
    expect((await search({ kinds: ['call-in'] })).total).toBe(2)
    expect((await search({ villageId: 'vil_b' })).items[0].content).toBe('报告发热')
    expect((await search({ authorId: 'usr_b' })).total).toBe(1)
    expect((await search({ text: '1111' })).items[0].content).toBe('青龙村来电')
    const page2 = await searchLog(db, { window, page: 2, pageSize: 2 })
    expect(page2).toMatchObject({ total: 3 })
    expect(page2.items.map((e) => e.content)).toEqual(['城关村来电'])
  })
})

describe('verifyLogChain on the stored log', () => {
  async function fourEntries() {
    for (const content of ['一', '二', '三', '四']) await appendLogEntry(db, OFFICER, { kind: 'other', content })
    return db.logEntries.orderBy('seq').toArray()
  }

  it('names an entry altered in the database', async () => {
    const [, second] = await fourEntries()
    await db.logEntries.update(second.id, { content: '篡改' })
    expect((await verifyLogChain(db)).breaks).toEqual([{ kind: 'altered', seq: 2, id: second.id }])
  })

  it('names entries deleted in the middle and at the end', async () => {
    const entries = await fourEntries()
    await db.logEntries.delete(entries[1].id)
    await db.logEntries.delete(entries[3].id)
    expect((await verifyLogChain(db)).breaks).toEqual([
      { kind: 'missing', seq: 2, count: 1 },
      { kind: 'tail', seq: 4, count: 1 },
    ])
  })

  it('names entries whose order was swapped', async () => {
    const [, b, c] = await fourEntries()
    // Through a spare number: seq is unique.
    await db.logEntries.update(b.id, { seq: 99 })
    await db.logEntries.update(c.id, { seq: 2 })
    await db.logEntries.update(b.id, { seq: 3 })
    const kinds = (await verifyLogChain(db)).breaks.map((x) => `${x.kind}@${x.seq}`)
    expect(kinds).toEqual(['altered@2', 'altered@3', 'relinked@4'])
  })

  /** A chain of `count` entries written straight to the table, as a long-running log holds them. */
  async function storedChain(count: number, alterSeq?: number) {
    const entries: LogEntry[] = []
    let prevHash = GENESIS_HASH
    for (let seq = 1; seq <= count; seq++) {
      const fields: Omit<LogEntry, 'hash'> = {
        id: `log_${seq}`,
        seq,
        kind: 'other',
        occurredAt: seq * 1000,
        enteredAt: seq * 1000,
        authorId: OFFICER.id,
        authorName: OFFICER.name,
        counterpart: '',
        phone: '',
        villageId: '',
        content: `第 ${seq} 条`,
        handling: '',
        corrects: '',
        links: [],
        linkKeys: [],
        prevHash,
      }
      const entry = { ...fields, hash: entryHash(fields) }
      entries.push(seq === alterSeq ? { ...entry, content: '篡改' } : entry)
      prevHash = entry.hash
    }
    await db.logEntries.bulkAdd(entries)
    await db.logHead.put({ id: 'head', seq: count, hash: prevHash })
  }

  it('checks a long log page by page and gives the page a turn at least every 500 entries', async () => {
    await storedChain(2600, 2345)
    const verifier = new ChainVerifier()
    // What the verifier had checked each time another task got a turn.
    const atTurns: number[] = [0]
    let checking = true
    const turn = () => {
      if (!checking) return
      atTurns.push(verifier.checked)
      setTimeout(turn, 0)
    }
    setTimeout(turn, 0)
    const seen: number[] = []
    const report = await verifyLogChain(db, (p) => seen.push(p.checked), verifier)
    checking = false
    atTurns.push(verifier.checked)
    expect(report).toEqual({ checked: 2600, breaks: [{ kind: 'altered', seq: 2345, id: 'log_2345' }] })
    expect(seen).toEqual([1000, 2000, 2600])
    const longest = Math.max(...atTurns.slice(1).map((checked, i) => checked - atTurns[i]))
    expect(longest).toBeLessThanOrEqual(500)
  })
})
