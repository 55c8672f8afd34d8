import type { LocalDate } from '../common/entity'
import { readDocumentNumber } from '../person/id-number'
import type { Origin } from '../person/person'
import type { Village } from '../township/village'
import * as id from './demo-identity'
import {
  add,
  episode,
  newPerson,
  travel,
  WINDOW_DAYS,
  type Context,
  type DemoPerson,
  type EpisodeDraft,
} from './demo-person-builder'
import { DOMESTIC_PLACES, FOREIGN_PLACES, RETURNEE_WEIGHTS, foreignOrigin, localRegion } from './demo-places'
import { mobileNumber } from './names'
import { createRandom } from './random'

export type { DemoPerson } from './demo-person-builder'

/** How many of each: returnees most, as in a real post around the Spring Festival. */
const COUNTS = { returnee: 160, incoming: 35, inbound: 12, indexCases: 3, closePerCase: 8, countyList: 18, listed: 10 }

function returnees(c: Context): void {
  const weighted = DOMESTIC_PLACES.map((_, i) => [i, RETURNEE_WEIGHTS[i]] as const)
  for (let n = 0; n < COUNTS.returnee; n++)
    add(c, newPerson(c, c.random.chance(0.2) ? [18, 23] : [24, 56], localRegion(c.random, c.county)), [
      travel(c, 'returnee', c.random.weighted(weighted)),
    ])
}

function visitors(c: Context): void {
  for (let n = 0; n < COUNTS.incoming; n++) {
    const placeIndex = c.random.int(0, DOMESTIC_PLACES.length - 1)
    add(c, newPerson(c, [20, 62], DOMESTIC_PLACES[placeIndex].code), [travel(c, 'incoming', placeIndex)])
  }
  for (let n = 0; n < COUNTS.inbound; n++) {
    const arrival = id.addDays(c.today, -c.random.int(0, WINDOW_DAYS - 1))
    const type = c.random.chance(0.25) ? 'passport' : 'resident-id'
    const draft = episode(c, 'inbound', foreignOrigin(c.random.pick(FOREIGN_PLACES)), arrival, {
      originRisk: c.random.weighted([
        ['high', 2],
        ['medium', 2],
        ['unknown', 1],
      ] as const),
      transport: 'flight',
      transportNumber: `${c.random.pick(['3U', 'CA', 'TG'])}${c.random.int(1000, 9999)}`,
      nucleicAcid: { date: arrival, result: 'negative' },
    })
    add(c, newPerson(c, [22, 50], localRegion(c.random, c.county), type), [draft])
  }
}

/** 密接 linked to a few index cases; 次密接 linked to a close contact by person id. */
function contacts(c: Context): void {
  const local: Origin = {
    province: '四川省',
    city: '雅安市',
    county: '示范县',
    township: '示范镇',
    village: '',
    areaCode: '',
  }
  for (let k = 1; k <= COUNTS.indexCases; k++) {
    const indexCase = `示范县通报第${k}例确诊病例`
    for (let n = 0; n < COUNTS.closePerCase; n++) {
      const risk = c.random.chance(0.7) ? 'high' : 'medium'
      const close = add(c, newPerson(c, [6, 80], localRegion(c.random, c.county)), [
        episode(c, 'close-contact', local, '', { originRisk: risk, indexCase }),
      ])
      for (let s = c.random.int(1, 2); s > 0; s--)
        add(c, newPerson(c, [3, 80], localRegion(c.random, c.county)), [
          episode(c, 'secondary-contact', local, '', { originRisk: 'low', contactOf: close.person.id }),
        ])
    }
  }
}

/** People from a county push list: some new, some already registered as returnees (a second episode). */
function countyList(c: Context): void {
  const listRow = (n: number): Partial<EpisodeDraft> => ({
    source: 'county-list',
    sourceRef: `县指挥部协查名单 第${n + 1}行`,
  })
  for (let n = 0; n < COUNTS.countyList; n++) {
    const draft = travel(c, 'county-list', c.random.int(0, DOMESTIC_PLACES.length - 1))
    add(c, newPerson(c, [18, 60], localRegion(c.random, c.county)), [{ ...draft, ...listRow(n) }])
  }
  const known = c.random.sample(
    c.people.filter((p) => p.episodes[0].kind === 'returnee'),
    COUNTS.listed,
  )
  for (const [n, p] of known.entries()) {
    const first = p.episodes[0]
    const later = episode(c, 'county-list', first.origin, first.arrivalDate, {
      ...listRow(COUNTS.countyList + n),
      originRisk: first.originRisk,
    })
    p.episodes.push({ ...later, id: `${first.id.slice(0, -2)}_2`, personId: p.person.id })
  }
}

/** Numbers typed wrong on paper or damaged by Excel, and two people registered twice: for the review queue. */
function mistakes(c: Context): void {
  const returning = c.people.filter((p) => p.episodes[0].kind === 'returnee' && p.person.documentType === 'resident-id')
  const [a, b, d, e, f] = c.random.sample(returning, 5)
  const flip = (text: string, at: number) =>
    text.slice(0, at) + String((Number(text[at]) + 1) % 10) + text.slice(at + 1)
  a.person.documentNumber = flip(a.person.documentNumber, 17 - 3)
  b.person.documentNumber = flip(b.person.documentNumber, 16).slice(0, 17)
  d.person.documentNumber = `${d.person.documentNumber.slice(0, 15)}000`
  for (const p of [a, b, d])
    p.person.documentCheck = readDocumentNumber(p.person.documentNumber, 'resident-id', c.today).check
  // The same returnee again, a digit mistyped: same name and phone, a number one off (it fails its check).
  const typo = {
    ...e.person,
    id: `per_demo_${String(c.people.length + 1).padStart(4, '0')}`,
    documentNumber: flip(e.person.documentNumber, 9),
  }
  add(c, typo, [{ ...e.episodes[0], createdAt: e.episodes[0].createdAt + 3_600_000 }])
  // A village doctor's list names f again without a number: same name and birth date.
  const again = {
    ...f.person,
    id: `per_demo_${String(c.people.length + 1).padStart(4, '0')}`,
    documentType: 'none' as const,
    documentNumber: '',
    phones: [mobileNumber(c.random)],
  }
  add(c, again, [{ ...f.episodes[0], createdAt: f.episodes[0].createdAt + 7_200_000 }])
}

/**
 * The demo township's people (~300): returnees most, incoming and inbound travellers, close contacts of three
 * index cases and their secondary contacts, county-list people, a few numbers that need checking and two likely
 * duplicates. Valid resident IDs with check characters, arrivals in the 21 days before `today`. Deterministic:
 * the same villages, seed and day give the same people.
 */
export function generateDemoPeople(villages: readonly Village[], seed: number, today: LocalDate): DemoPerson[] {
  const random = createRandom(seed).fork('people')
  const county = villages[0]?.code.slice(0, 6) ?? '511826'
  const c: Context = {
    random,
    villages,
    today,
    county,
    cadres: id.staffContacts(random, 6),
    police: id.staffContacts(random, 3),
    people: [],
  }
  // Each part draws from its own fork, so changing one part leaves the people of the others as they were.
  for (const [part, make] of [
    ['returnees', returnees],
    ['visitors', visitors],
    ['contacts', contacts],
    ['county-list', countyList],
    ['mistakes', mistakes],
  ] as const) {
    c.random = random.fork(part)
    make(c)
  }
  return c.people
}
