import type { Stamped } from '@/domain/common/entity'
import { addDays, birthDateFor, instantOn, residentIdFor } from '@/domain/demo/demo-identity'
import { DOMESTIC_PLACES, foreignOrigin, localRegion, originOf, travelFrom } from '@/domain/demo/demo-places'
import { mobileNumber, personName } from '@/domain/demo/names'
import { createRandom, type Random } from '@/domain/demo/random'
import { readDocumentNumber } from '@/domain/person/id-number'
import type { Episode, EpisodeKind, Person, Sex } from '@/domain/person/person'
import { emptyResponsible } from '@/services/people/register-service'
import { buildPersonRow, type PersonRow } from '@/db/person-row'

/** A county merging 20 townships' packs (DESIGN.md): 100k people, half of them seen twice. */
export const PERSONS = 100_000
export const EPISODES = 150_000
/** Registrations spread over three months, as a county's register fills during a long wave. */
export const HISTORY_DAYS = 90

/** Shares of the kinds, returnees most (as in the demo), contacts and county lists next. */
const KINDS: readonly (readonly [EpisodeKind, number])[] = [
  ['returnee', 55],
  ['incoming', 12],
  ['inbound', 3],
  ['close-contact', 8],
  ['secondary-contact', 10],
  ['county-list', 12],
]

/** A village people live in: id, grids and the county code its IDs were issued under. */
export interface BenchVillage {
  id: string
  gridIds: string[]
}

/** The rows the bench writes, built as the repositories build them (buildPersonRow), and their numbers. */
export interface BenchPeople {
  rows: PersonRow[]
  episodes: Episode[]
}

function episodeOf(random: Random, person: Person, kind: EpisodeKind, day: string, n: number, i: number): Episode {
  const place = random.pick(DOMESTIC_PLACES)
  const travel = kind !== 'close-contact' && kind !== 'secondary-contact'
  const { transport, number } = travelFrom(random, place.distance)
  const at = instantOn(day, random.int(8, 19), random.int(0, 59))
  return {
    id: `epi_bench_${person.id.slice(10)}_${n}`,
    personId: person.id,
    kind,
    origin: kind === 'inbound' ? foreignOrigin('泰国') : originOf(place),
    originRisk: random.weighted(place.risk),
    departureDate: travel ? addDays(day, -1) : '',
    arrivalDate: travel ? day : '',
    transport: travel ? transport : '',
    transportNumber: travel ? number : '',
    healthCode: { colour: 'green', seenOn: day },
    nucleicAcid: { date: addDays(day, -1), result: 'negative' },
    symptoms: [],
    indexCase: kind === 'close-contact' ? `第${random.int(1, 40)}例确诊病例` : '',
    contactOf:
      kind === 'secondary-contact' ? `per_bench_${String(random.int(0, Math.max(0, i - 1))).padStart(6, '0')}` : '',
    source: random.chance(0.6) ? 'import' : 'form',
    sourceRef: '',
    createdAt: at,
    createdBy: 'usr_bench',
    updatedAt: at,
    updatedBy: 'usr_bench',
  }
}

/**
 * 100k people with 150k episodes, realistic enough for the indexes to matter: common surnames (so name
 * initials collide as in life), real region codes, phones, villages and grids, arrival days over three months,
 * ~2% of numbers typed wrong. Deterministic; built before any clock starts.
 */
export function benchPeople(villages: readonly BenchVillage[], today: string, countyCode: string): BenchPeople {
  const random = createRandom('bench/people')
  const rows: PersonRow[] = []
  const episodes: Episode[] = []
  for (let i = 0; i < PERSONS; i++) {
    const sex: Sex = random.chance(0.55) ? 'male' : 'female'
    const birthDate = birthDateFor(random, today, 3, 85)
    let documentNumber = residentIdFor(random, localRegion(random, countyCode), birthDate, sex)
    if (random.chance(0.02)) documentNumber = documentNumber.slice(0, 17) + (documentNumber[17] === '1' ? '2' : '1')
    const village = random.pick(villages)
    const first = addDays(today, -random.int(0, HISTORY_DAYS - 1))
    const stamps: Stamped = {
      createdAt: instantOn(first, 9, 0),
      createdBy: 'usr_bench',
      updatedAt: instantOn(first, 9, 0),
      updatedBy: 'usr_bench',
    }
    const person: Person = {
      id: `per_bench_${String(i).padStart(6, '0')}`,
      documentType: 'resident-id',
      documentNumber,
      documentCheck: readDocumentNumber(documentNumber, 'resident-id', today).check,
      name: personName(random, { sex, birthYear: Number(birthDate.slice(0, 4)) }),
      sex,
      birthDate,
      phones: [mobileNumber(random)],
      villageId: village.id,
      gridId: village.gridIds.length ? random.pick(village.gridIds) : '',
      household: '',
      address: `${random.int(1, 120)}号`,
      notes: '',
      responsible: emptyResponsible(),
      ...stamps,
    }
    // Every other person is seen a second time, a few weeks after the first.
    const again = addDays(first, random.int(1, 30))
    const days = i % 2 === 0 ? [first, again > today ? today : again] : [first]
    const own = days.map((day, n) => episodeOf(random, person, random.weighted(KINDS), day, n + 1, i))
    episodes.push(...own)
    rows.push(buildPersonRow(person, own))
  }
  return { rows, episodes }
}
