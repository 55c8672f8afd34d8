import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { createRandom } from '@/domain/demo/random'
import type { EpisodeKind, RiskLevel } from '@/domain/person/person'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { normalizeSearchText, pinyinInitials, type PersonRow } from '@/db/person-row'
import { nameKey } from '@/domain/person/matching'
import { addPeopleInBulk, type PersonBundle } from '@/db/repositories/person-bulk-repository'
import { COUNT_CAP, listPeople, type PeopleQuery } from '@/db/repositories/person-list-repository'
import { mergePersonInto } from '@/db/repositories/merge-repository'
import { setPersonRetired } from '@/db/repositories/person-repository'
import { episodeFields, personFields, residentId } from '../../../fixtures/people'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
const KINDS: EpisodeKind[] = ['returnee', 'returnee', 'returnee', 'incoming', 'close-contact', 'county-list']
const RISKS: RiskLevel[] = ['none', 'low', 'medium', 'high', 'unknown']
const NAMES = ['张伟', '张文', '赵伟', '王芳', '李娜', '曾伟华', '刘洋']
// More people than COUNT_CAP, so the capped and walking paths run; village A alone holds most of them.
const PEOPLE = 1600
let db: CommandPostDatabase
let listed: PersonRow[]

function bundle(i: number): PersonBundle {
  const random = createRandom(`list/${i}`)
  const id = `per_${String(i).padStart(5, '0')}`
  const { documentCheck: _c, ...person } = personFields({
    name: random.pick(NAMES),
    documentNumber: residentId('19900307', String(i % 1000).padStart(3, '0'), String(510000 + (i % 97))),
    phones: [`138${String(i).padStart(8, '0')}`],
    villageId: i % 10 === 0 ? 'vil_b' : i % 50 === 1 ? '' : 'vil_a',
    gridId: `grd_${i % 7}`,
  })
  const episodes = Array.from({ length: random.int(1, 2) }, (_, k) => ({
    ...episodeFields({
      kind: random.pick(KINDS),
      originRisk: random.pick(RISKS),
      arrivalDate: random.chance(0.05) ? '' : `2021-01-${String(random.int(1, 21)).padStart(2, '0')}`,
      indexCase: 'x',
    }),
    id: `epi_${i}_${k}`,
    personId: id,
  }))
  return { person: { ...person, id, documentCheck: i % 13 === 0 ? 'needs-checking' : 'ok' }, episodes }
}

beforeAll(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  await addPeopleInBulk(
    db,
    Array.from({ length: PEOPLE }, (_, i) => bundle(i)),
    'test',
    CLERK,
  )
  await setPersonRetired(db, 'per_00003', { reason: '误录' }, CLERK)
  await mergePersonInto(db, 'per_00004', 'per_00005', CLERK)
  listed = (await db.persons.toArray()).filter((p) => p.latestArrival !== undefined)
}, 60_000)

afterAll(async () => {
  await db.delete()
})

/**
 * The text filter's meaning, from the person's own fields (not the stored keys): a prefix of the name, its pinyin
 * initials, the document number or a phone; or, from 3 characters of digits (and an ID number's x) on, the
 * trailing digits of the document number or a phone.
 */
function matchesText(p: PersonRow, text: string): boolean {
  const { prefixed, numbers } = searchable(p)
  if (prefixed.some((key) => key !== '' && key.startsWith(text))) return true
  if (text.length < 3 || !/^[0-9x]+$/.test(text)) return false
  return numbers.some((digits) => digits.endsWith(text))
}

/** What matchesText compares, once per person (pinyin is slow enough to time out the test when redone per query). */
const searchables = new Map<string, { prefixed: string[]; numbers: string[] }>()
function searchable(p: PersonRow): { prefixed: string[]; numbers: string[] } {
  let found = searchables.get(p.id)
  if (!found) {
    const number = normalizeSearchText(p.documentNumber)
    found = {
      prefixed: [nameKey(p.name), pinyinInitials(p.name), number, ...p.phones].map(normalizeSearchText),
      numbers: [number, ...p.phones.map((phone) => phone.replace(/\D/g, ''))],
    }
    searchables.set(p.id, found)
  }
  return found
}

/** The query's meaning, by brute force over every listed row. */
function expected(q: PeopleQuery): PersonRow[] {
  const text = normalizeSearchText(q.text ?? '')
  const rows = listed.filter(
    (p) =>
      (q.villageId === undefined || p.villageId === q.villageId) &&
      (q.gridId === undefined || p.gridId === q.gridId) &&
      (!q.kind || p.episodeKinds!.includes(q.kind)) &&
      (!q.risk || p.latestRisk === q.risk) &&
      (!q.arrivalFrom || p.latestArrival! >= q.arrivalFrom) &&
      (!q.arrivalTo || p.latestArrival! <= q.arrivalTo) &&
      (!q.needsChecking || p.needsChecking === 1) &&
      (text === '' || matchesText(p, text)),
  )
  const key = (p: PersonRow) => (q.sort === 'name' ? p.nameOrder! : p.latestArrival!)
  const sign = q.sort === 'name' ? 1 : -1
  return rows.sort((a, b) => (key(a) !== key(b) ? (key(a) < key(b) ? -sign : sign) : a.id < b.id ? -sign : sign))
}

async function check(q: PeopleQuery): Promise<void> {
  const want = expected(q)
  const got = await listPeople(db, q)
  const offset = (q.page - 1) * q.pageSize
  expect(
    got.items.map((p) => p.id),
    JSON.stringify(q),
  ).toEqual(want.slice(offset, offset + q.pageSize).map((p) => p.id))
  if (got.exact) expect(got.total, JSON.stringify(q)).toBe(want.length)
  else {
    expect(got.total, JSON.stringify(q)).toBeLessThanOrEqual(want.length)
    expect(got.total).toBeGreaterThanOrEqual(Math.min(COUNT_CAP, want.length, offset + got.items.length))
  }
}

const page = { page: 1, pageSize: 20 }

describe('listPeople', () => {
  it('pages every listed person, latest arrival first, and caps the total', async () => {
    const first = await listPeople(db, page)
    expect(first).toMatchObject({ total: COUNT_CAP, exact: false })
    await check(page)
    await check({ page: 3, pageSize: 50 })
    await check({ page: 60, pageSize: 20 })
    expect(listed.some((p) => p.id === 'per_00003' || p.id === 'per_00005')).toBe(false)
  })

  it('sorts by name in pinyin order', async () => {
    await check({ ...page, sort: 'name' })
    await check({ ...page, sort: 'name', villageId: 'vil_b' })
    await check({ ...page, sort: 'name', kind: 'close-contact' })
  })

  it('filters one field at a time, exact totals when they are small', async () => {
    // A person may match twice (phone 13800001380 by its prefix and its trailing 138): the lower bound counts people.
    const many = await listPeople(db, { ...page, text: '138' })
    expect(many.exact).toBe(false)
    expect(many.total).toBeGreaterThan(COUNT_CAP - 10)
    expect(many.total).toBeLessThanOrEqual(COUNT_CAP)
    for (const q of [
      { villageId: 'vil_b' },
      { villageId: '' },
      { gridId: 'grd_3' },
      { kind: 'county-list' as const },
      { risk: 'high' as const },
      { needsChecking: true },
      { arrivalFrom: '2021-01-20' },
      { arrivalTo: '2021-01-02' },
      { text: '张' },
      { text: 'zw' },
      { text: ' ＺＷＨ ' },
      { text: '0012' },
      { text: '138000007' },
      // Trailing digits of any length from 3 on: a phone's last 3 and 5.
      { text: '123' },
      { text: '01234' },
      // Above COUNT_CAP alone: walked in arrival order, "1000+".
      { text: '138' },
      { kind: 'returnee' as const },
    ])
      await check({ ...page, ...q })
    // A document number's last 8, check character included, finds its holder.
    const suffix = listed[7].documentNumber.slice(-8)
    expect((await listPeople(db, { ...page, text: suffix })).items.map((p) => p.id)).toContain(listed[7].id)
    await check({ ...page, text: suffix })
  })

  // 64 list queries over 1,600 people: ~10 s on an idle machine, about twice that on the shared 2 cores.
  it('combines filters, whichever drives the query', async () => {
    for (const q of [
      { villageId: 'vil_a', kind: 'returnee' as const },
      { villageId: 'vil_a', kind: 'close-contact' as const },
      { villageId: 'vil_b', kind: 'returnee' as const, risk: 'high' as const },
      { text: 'zw', villageId: 'vil_a' },
      { arrivalFrom: '2021-01-05', arrivalTo: '2021-01-12', risk: 'low' as const },
      { arrivalFrom: '2021-01-02', kind: 'returnee' as const },
      { needsChecking: true, gridId: 'grd_2' },
      { villageId: 'vil_a', gridId: 'grd_2', kind: 'returnee' as const },
      { gridId: 'grd_4', kind: 'county-list' as const, arrivalTo: '2021-01-15' },
      { kind: 'incoming' as const, arrivalFrom: '2021-01-10', arrivalTo: '2021-01-15' },
      { villageId: '', kind: 'returnee' as const },
      { villageId: 'vil_a', gridId: 'grd_1', arrivalFrom: '2021-01-10' },
      { kind: 'returnee' as const, text: '1' },
      // Every filter above COUNT_CAP: an ordered range is walked.
      { villageId: 'vil_a', text: '138' },
      { villageId: 'vil_a', text: '138', kind: 'close-contact' as const },
      { text: '138', arrivalFrom: '2021-01-03' },
    ])
      for (const sort of ['arrival', 'name'] as const) {
        await check({ ...page, ...q, sort })
        await check({ page: 2, pageSize: 15, ...q, sort })
      }
  }, 60_000)

  it('finds nothing gracefully', async () => {
    expect(await listPeople(db, { ...page, text: 'qqq' })).toEqual({ items: [], total: 0, exact: true })
    expect(await listPeople(db, { ...page, villageId: 'vil_b', text: 'qqq' })).toEqual({
      items: [],
      total: 0,
      exact: true,
    })
  })
})
