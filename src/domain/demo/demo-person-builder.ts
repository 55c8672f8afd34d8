import type { Instant, LocalDate, Retirable, Stamped } from '../common/entity'
import { readDocumentNumber } from '../person/id-number'
import type { DocumentType, Episode, EpisodeKind, Origin, Person, Sex } from '../person/person'
import type { Contact, Village } from '../township/village'
import * as id from './demo-identity'
import { DOMESTIC_PLACES, originOf, travelFrom } from './demo-places'
import { mobileNumber, personName } from './names'
import type { Random } from './random'

/** A generated person with its episodes, ids given, registered at `createdAt`. */
export interface DemoPerson {
  person: Omit<Person, keyof Stamped | keyof Retirable | 'mergedInto'> & { createdAt: Instant }
  episodes: (Omit<Episode, keyof Stamped> & { createdAt: Instant })[]
}

/** The window people arrive in: the last 21 days (DOMAIN: the screening window). */
export const WINDOW_DAYS = 21

/** A person before it is checked and stamped. */
export type PersonDraft = Omit<DemoPerson['person'], 'createdAt'>

/** An episode before it is given its ids. */
export type EpisodeDraft = Omit<DemoPerson['episodes'][number], 'id' | 'personId'>

/** What every part of the generator draws on, and the people made so far. */
export interface Context {
  random: Random
  villages: readonly Village[]
  today: LocalDate
  county: string
  cadres: Contact[]
  police: Contact[]
  people: DemoPerson[]
}

/** A new person living in one of the villages; ids count up from the people made so far. */
export function newPerson(
  c: Context,
  age: [number, number],
  region: string,
  type: DocumentType = 'resident-id',
): PersonDraft {
  const { random } = c
  const sex: Sex = random.chance(0.55) ? 'male' : 'female'
  const birthDate = id.birthDateFor(random, c.today, age[0], age[1])
  const home = id.homeIn(random, c.villages)
  // Children under 14 have no phone of their own; a few adults give two.
  const child = Number(c.today.slice(0, 4)) - Number(birthDate.slice(0, 4)) < 14
  const phones = child ? [] : Array.from({ length: random.chance(0.08) ? 2 : 1 }, () => mobileNumber(random))
  const documentNumber =
    type === 'passport' ? `E${random.int(10_000_000, 99_999_999)}` : id.residentIdFor(random, region, birthDate, sex)
  return {
    id: `per_demo_${String(c.people.length + 1).padStart(4, '0')}`,
    documentType: type,
    documentNumber,
    documentCheck: 'ok',
    name: personName(random, { sex, birthYear: Number(birthDate.slice(0, 4)) }),
    sex,
    birthDate,
    phones,
    villageId: home.village.id,
    gridId: home.grid?.id ?? '',
    household: '',
    address: home.address,
    notes: '',
    responsible: id.responsibleFor(home, c.cadres, c.police, random),
  }
}

/** An episode registered on its arrival day (or a recent day when it has none), with health code and test. */
export function episode(
  c: Context,
  kind: EpisodeKind,
  origin: Origin,
  arrival: LocalDate,
  more: Partial<EpisodeDraft> = {},
) {
  const { random } = c
  const registered = arrival === '' ? id.addDays(c.today, -random.int(0, 10)) : id.addDays(arrival, random.int(0, 1))
  const day = registered > c.today ? c.today : registered
  const draft: EpisodeDraft = {
    kind,
    origin,
    originRisk: 'unknown',
    departureDate: arrival === '' ? '' : id.addDays(arrival, -random.int(0, 1)),
    arrivalDate: arrival,
    transport: '',
    transportNumber: '',
    healthCode: { colour: 'green', seenOn: day },
    nucleicAcid: random.chance(0.7) ? { date: id.addDays(day, -1), result: 'negative' } : { date: '', result: '' },
    symptoms: random.chance(0.04) ? [random.pick(['发热', '干咳', '乏力'])] : [],
    indexCase: '',
    contactOf: '',
    source: 'form',
    sourceRef: '',
    createdAt: id.instantOn(day, random.int(8, 19), random.int(0, 59)),
    ...more,
  }
  return draft
}

/** Gives the person and its episodes their ids and checks its number as the app would, and keeps it. */
export function add(c: Context, person: PersonDraft, drafts: EpisodeDraft[]): DemoPerson {
  const episodes = drafts.map((d, i) => ({ ...d, id: `epi_demo_${c.people.length + 1}_${i + 1}`, personId: person.id }))
  const reading = readDocumentNumber(person.documentNumber, person.documentType, c.today)
  const created: DemoPerson = {
    person: { ...person, documentCheck: reading.check, createdAt: Math.min(...episodes.map((e) => e.createdAt)) },
    episodes,
  }
  c.people.push(created)
  return created
}

/** A journey from one of the domestic places within the window, with its risk level and transport. */
export function travel(c: Context, kind: EpisodeKind, placeIndex: number): EpisodeDraft {
  const from = DOMESTIC_PLACES[placeIndex]
  const { transport, number } = travelFrom(c.random, from.distance)
  const risk = c.random.weighted(from.risk)
  const arrival = id.addDays(c.today, -c.random.int(0, WINDOW_DAYS - 1))
  const colour = risk === 'high' && c.random.chance(0.3) ? 'yellow' : 'green'
  return episode(c, kind, originOf(from), arrival, {
    originRisk: risk,
    transport,
    transportNumber: number,
    healthCode: { colour, seenOn: arrival },
  })
}
