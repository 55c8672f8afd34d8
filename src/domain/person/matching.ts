import type { LocalDate } from '../common/entity'
import { upgradeFifteenDigitId } from './id-number'
import { addNearNumber, buildNearNumberTable, nearNumberPositions, type NearNumberTable } from './near-numbers'
import type { DocumentType } from './person'

/** The fields duplicate detection looks at: plain data, as stored (normalised number and phones). */
export interface MatchablePerson {
  id: string
  name: string
  documentType: DocumentType
  documentNumber: string
  phones: string[]
  birthDate: LocalDate
}

/**
 * Why two records look like one person. `sameDocument` is certain (the same number: add an episode, not a
 * person); the others are likely duplicates for the review queue: same name and phone, same name and birth date,
 * an 18-character number one character off (a typo) or with two neighbouring characters swapped.
 */
export type DuplicateReason = 'sameDocument' | 'namePhone' | 'nameBirthDate' | 'documentOneOff' | 'documentSwapped'

/** A record that looks like the candidate, with every reason found. */
export interface LikelyDuplicate {
  id: string
  reasons: DuplicateReason[]
}

/**
 * Trims, removes inner spaces, makes full-width characters half-width, unifies the middle dots of minority and
 * foreign names (`·`, `・`, `•`, `.`) and upper-cases Latin letters: `阿依 古丽・买买提` → `阿依古丽·买买提`.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/[.・•‧∙⋅･]/g, '·')
    .toUpperCase()
}

/**
 * The key under which a document number is unique, or '' when there is no number. Resident IDs, HK/Macao/Taiwan
 * permits and foreigners' permanent residence cards share one key space (their numbers never collide, and a
 * permit is often entered as an ID); passports have their own. An old 15-digit ID is keyed by its 18-digit form.
 */
export function documentKey(type: DocumentType, number: string): string {
  // Stored numbers are already normalised: skip the (slow) Unicode normalisation for them.
  const normalised = /^[\dA-Z]*$/.test(number) ? number : number.normalize('NFKC').replace(/\s/g, '').toUpperCase()
  if (type === 'none' || normalised === '') return ''
  if (type === 'passport') return `passport:${normalised}`
  return `id:${type === 'resident-id' && /^\d{15}$/.test(normalised) ? upgradeFifteenDigitId(normalised) : normalised}`
}

// One-digit-off matching only makes sense for checksummed 18-character numbers: the GB 11643 check character
// catches every single-character error and every swap of neighbours, so two such numbers never both belong to
// real people. Neighbouring passport numbers usually do.
function fuzzyNumber(person: MatchablePerson): string | undefined {
  const key = documentKey(person.documentType, person.documentNumber)
  return key.startsWith('id:') && key.length === 21 ? key.slice(3) : undefined
}

function compareNumbers(a: string, b: string): DuplicateReason | undefined {
  const differ: number[] = []
  for (let i = 0; i < a.length && differ.length <= 2; i++) if (a[i] !== b[i]) differ.push(i)
  if (differ.length === 1) return 'documentOneOff'
  const [i, j] = differ
  return differ.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i] ? 'documentSwapped' : undefined
}

/** Every reason two records look like the same person (empty when they do not). */
export function duplicateReasons(a: MatchablePerson, b: MatchablePerson): DuplicateReason[] {
  const reasons: DuplicateReason[] = []
  const documentA = documentKey(a.documentType, a.documentNumber)
  if (documentA !== '' && documentA === documentKey(b.documentType, b.documentNumber)) reasons.push('sameDocument')
  const name = nameKey(a.name)
  if (name !== '' && name === nameKey(b.name)) {
    if (a.phones.some((phone) => phone !== '' && b.phones.includes(phone))) reasons.push('namePhone')
    if (a.birthDate !== '' && a.birthDate === b.birthDate) reasons.push('nameBirthDate')
  }
  const numberA = fuzzyNumber(a)
  const numberB = fuzzyNumber(b)
  const near = numberA && numberB ? compareNumbers(numberA, numberB) : undefined
  if (near) reasons.push(near)
  return reasons
}

/** Likely duplicates of a candidate among a few records, by a plain scan (for many, use a {@link DuplicateIndex}). */
export function likelyDuplicates(candidate: MatchablePerson, others: readonly MatchablePerson[]): LikelyDuplicate[] {
  return others.flatMap((other) => {
    const reasons = other.id === candidate.id ? [] : duplicateReasons(candidate, other)
    return reasons.length > 0 ? [{ id: other.id, reasons }] : []
  })
}

/** Positions in {@link DuplicateIndex.people}: one position, or several under a shared key. */
type Positions = number | number[]

/**
 * Maps from the keys that can make two records duplicates to positions in `people`, for lookups in
 * microseconds instead of a scan of 100k records per row. `nearNumber` files every 18-character number under 18
 * keys, itself with each position blanked in turn, so a number one character off meets its neighbour; swaps are
 * found by looking up the 17 swapped variants in `document`. Memory trade-off: 18 extra entries per person,
 * 1.8 million at 100k people; as a Map of strings that was ~260 MB and 2.5 s to build, so they are hashed into a
 * sorted Float64Array instead (~15 MB; see near-numbers.ts). The whole index at 100k people is some tens of MB:
 * build it for an import or a review pass and drop it after; do not keep it in a store.
 */
export interface DuplicateIndex {
  readonly people: MatchablePerson[]
  readonly document: Map<string, Positions>
  readonly namePhone: Map<string, Positions>
  readonly nameBirthDate: Map<string, Positions>
  readonly nearNumber: NearNumberTable
}

function put(map: Map<string, Positions>, key: string, position: number): void {
  const found = map.get(key)
  if (found === undefined) map.set(key, position)
  else if (typeof found === 'number') map.set(key, [found, position])
  else found.push(position)
}

/** Files a record under its exact keys; returns its 18-character number when it has one (for `nearNumber`). */
function indexExact(index: Omit<DuplicateIndex, 'nearNumber'>, person: MatchablePerson): string | undefined {
  const position = index.people.push(person) - 1
  const document = documentKey(person.documentType, person.documentNumber)
  if (document !== '') put(index.document, document, position)
  const name = nameKey(person.name)
  if (name !== '') {
    for (const phone of new Set(person.phones)) if (phone !== '') put(index.namePhone, `${name}|${phone}`, position)
    if (person.birthDate !== '') put(index.nameBirthDate, `${name}|${person.birthDate}`, position)
  }
  return fuzzyNumber(person)
}

/** Adds one record to an index (for a form that registers people one by one while the index is open). */
export function addToDuplicateIndex(index: DuplicateIndex, person: MatchablePerson): void {
  const number = indexExact(index, person)
  if (number) addNearNumber(index.nearNumber, index.people.length - 1, number)
}

/** Builds the index {@link findLikelyDuplicates} searches, over the records already in the register. */
export function buildDuplicateIndex(people: Iterable<MatchablePerson>): DuplicateIndex {
  const exact = { people: [], document: new Map(), namePhone: new Map(), nameBirthDate: new Map() }
  const numbers: [number, string][] = []
  for (const person of people) {
    const number = indexExact(exact, person)
    if (number) numbers.push([exact.people.length - 1, number])
  }
  return { ...exact, nearNumber: buildNearNumberTable(numbers) }
}

/**
 * The records of the index that look like the candidate, each with every reason (the same answer as
 * {@link likelyDuplicates} over all of them), in the order they were indexed. The candidate's own id is skipped.
 */
export function findLikelyDuplicates(index: DuplicateIndex, candidate: MatchablePerson): LikelyDuplicate[] {
  const positions = new Set<number>()
  const collect = (found: Positions | undefined) => {
    if (typeof found === 'number') positions.add(found)
    else found?.forEach((position) => positions.add(position))
  }
  const document = documentKey(candidate.documentType, candidate.documentNumber)
  if (document !== '') collect(index.document.get(document))
  const name = nameKey(candidate.name)
  if (name !== '') {
    for (const phone of candidate.phones) if (phone !== '') collect(index.namePhone.get(`${name}|${phone}`))
    if (candidate.birthDate !== '') collect(index.nameBirthDate.get(`${name}|${candidate.birthDate}`))
  }
  const number = fuzzyNumber(candidate)
  if (number) {
    nearNumberPositions(index.nearNumber, number).forEach((position) => positions.add(position))
    for (let i = 0; i + 1 < number.length; i++) {
      const swapped: string = number.slice(0, i) + number[i + 1] + number[i] + number.slice(i + 2)
      if (swapped !== number) collect(index.document.get(`id:${swapped}`))
    }
  }
  return [...positions]
    .sort((a, b) => a - b)
    .map((position) => index.people[position])
    .filter((person) => person.id !== candidate.id)
    .flatMap((person) => {
      const reasons = duplicateReasons(candidate, person)
      return reasons.length > 0 ? [{ id: person.id, reasons }] : []
    })
}
