import type { Contact, Grid, Village } from '../township/village'
import type { Instant, LocalDate } from '../common/entity'
import { formatDate } from '../person/dates'
import { checkCharacter } from '../person/id-number'
import type { ResponsiblePeople, Sex } from '../person/person'
import { mobileNumber, personName } from './names'
import type { Random } from './random'

const DAY_MS = 86_400_000

/** `date` plus `days` (negative: earlier), on the calendar. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number)
  const moved = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS)
  return formatDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate())
}

/** The instant of a local time of day on a date (this PC's time zone: the command post's). */
export function instantOn(date: LocalDate, hour: number, minute: number): Instant {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y, m - 1, d, hour, minute).getTime()
}

/** A birth date `minAge`–`maxAge` years before today. */
export function birthDateFor(random: Random, today: LocalDate, minAge: number, maxAge: number): LocalDate {
  const year = Number(today.slice(0, 4)) - random.int(minAge, maxAge)
  const month = random.int(1, 12)
  return formatDate(year, month, random.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate()))
}

/** A valid 18-digit resident ID (GB 11643): region, birth date, sequence with the sex's parity, check character. */
export function residentIdFor(random: Random, region: string, birthDate: LocalDate, sex: Sex): string {
  const sexDigit = random.int(0, 4) * 2 + (sex === 'male' ? 1 : 0)
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(random.int(0, 99)).padStart(2, '0')}${sexDigit}`
  return first17 + checkCharacter(first17)
}

/** Where a person lives: a village picked by population, one of its grids, a house number. */
export interface Home {
  village: Village
  grid: Grid | undefined
  address: string
}

/** A home for a new person: a village picked in proportion to its population, one of its grids, a house. */
export function homeIn(random: Random, villages: readonly Village[]): Home {
  const village = random.weighted(villages.map((v) => [v, v.population] as const))
  const grid = village.grids.length ? random.pick(village.grids) : undefined
  const address = `${village.name}${grid?.name ?? ''}${random.int(1, 120)}号`
  return { village, grid, address }
}

/**
 * 五包一 for a person at home: the village's secretary and doctor and the grid's member, plus one of a few
 * township cadres and police officers (the same handful serve the whole township, as in a real post).
 */
export function responsibleFor(
  home: Home,
  cadres: readonly Contact[],
  police: readonly Contact[],
  random: Random,
): ResponsiblePeople {
  return {
    townshipCadre: random.pick(cadres),
    villageCadre: home.village.secretary,
    police: random.pick(police),
    doctor: home.village.doctor,
    gridMember: home.grid?.members[0] ?? { name: '', phone: '' },
  }
}

/** A few township cadres or police officers, named and with phones. */
export function staffContacts(random: Random, count: number): Contact[] {
  return Array.from({ length: count }, () => ({
    name: personName(random, { sex: random.chance(0.7) ? 'male' : 'female', birthYear: random.int(1965, 1992) }),
    phone: mobileNumber(random),
  }))
}
