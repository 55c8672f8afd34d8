import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { canonicalForm, entryHash, GENESIS_HASH, verifyChain } from '@/domain/log/log-chain'
import type { LogEntry } from '@/domain/log/log-entry'

function chain(n: number): LogEntry[] {
  const entries: LogEntry[] = []
  let prevHash = GENESIS_HASH
  for (let seq = 1; seq <= n; seq++) {
    const base = {
      id: `log_${seq}`,
      seq,
      kind: 'call-in' as const,
      occurredAt: 1_700_000_000_000 + seq * 60_000,
      enteredAt: 1_700_000_000_000 + seq * 60_000,
      authorId: 'usr_1',
      authorName: '值班员',
      counterpart: '城关村 张书记',
      phone: '13800001111',
      villageId: 'vil_1',
      content: `第 ${seq} 个电话`,
      handling: '已登记',
      corrects: '',
      links: [{ type: 'person' as const, id: 'per_1' }],
      prevHash,
    }
    const entry = { ...base, linkKeys: ['person:per_1'], hash: entryHash(base) }
    entries.push(entry)
    prevHash = entry.hash
  }
  return entries
}

const headOf = (entries: LogEntry[]) => ({ seq: entries.at(-1)!.seq, hash: entries.at(-1)!.hash })

describe('the log hash chain', () => {
  it('hashes prevHash, a newline and the canonical JSON, as docs/log.md says', () => {
    const [first] = chain(1)
    const text = `${GENESIS_HASH}\n${canonicalForm(first)}`
    expect(first.hash).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
    expect(canonicalForm(first)).toBe(
      '[1,"log_1","call-in",1700000060000,1700000060000,"usr_1","值班员","城关村 张书记","13800001111","vil_1",' +
        '"第 1 个电话","已登记","",[["person","per_1"]]]',
    )
  })

  it('an untouched chain is intact', () => {
    const entries = chain(20)
    expect(verifyChain(entries, headOf(entries))).toEqual({ checked: 20, breaks: [] })
  })

  it('names the one entry whose content was altered', () => {
    const entries = chain(10)
    const head = headOf(entries)
    entries[4] = { ...entries[4], content: '改过的内容' }
    expect(verifyChain(entries, head).breaks).toEqual([{ kind: 'altered', seq: 5, id: 'log_5' }])
  })

  it('catches an entry altered and re-hashed: the next one no longer links to it', () => {
    const entries = chain(10)
    const head = headOf(entries)
    const forged = { ...entries[4], content: '改过的内容' }
    entries[4] = { ...forged, hash: entryHash(forged) }
    expect(verifyChain(entries, head).breaks).toEqual([{ kind: 'relinked', seq: 6, id: 'log_6' }])
  })

  it('reports deleted entries in the middle by their numbers', () => {
    const entries = chain(10)
    const head = headOf(entries)
    entries.splice(3, 2)
    expect(verifyChain(entries, head).breaks).toEqual([{ kind: 'missing', seq: 4, count: 2 }])
  })

  it('reports the newest entries deleted, against the recorded head', () => {
    const entries = chain(10)
    const head = headOf(entries)
    expect(verifyChain(entries.slice(0, 7), head).breaks).toEqual([{ kind: 'tail', seq: 8, count: 3 }])
  })

  it('reports two entries that swapped places (contents swapped under the same numbers)', () => {
    const entries = chain(6)
    const head = headOf(entries)
    const [a, b] = [entries[2], entries[3]]
    entries[2] = { ...b, seq: 3 }
    entries[3] = { ...a, seq: 4 }
    const kinds = verifyChain(entries, head).breaks.map((x) => `${x.kind}@${x.seq}`)
    expect(kinds).toEqual(['altered@3', 'altered@4', 'relinked@5'])
  })

  it('reports entries reordered wholesale (numbers and hashes moved along)', () => {
    const entries = chain(6)
    const head = headOf(entries)
    const reordered = [entries[0], entries[1], entries[3], entries[2], entries[4], entries[5]]
    const kinds = verifyChain(reordered, head).breaks.map((x) => `${x.kind}@${x.seq}`)
    expect(kinds).toContain('missing@3')
    expect(kinds).toContain('relinked@3')
  })
})
