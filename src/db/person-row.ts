import { hasHan, nameInitials, nameSyllables } from '@/domain/common/pinyin'
import type { LocalDate, Retirable, StampFields } from '@/domain/common/entity'
import { localToday } from '@/domain/person/dates'
import { nameKey } from '@/domain/person/matching'
import type { Episode, EpisodeKind, Origin, Person, RiskLevel } from '@/domain/person/person'

/**
 * What a list needs about a person without reading its episodes: kept on the person's row, recomputed in the
 * same transaction whenever the person or one of its episodes changes. Present only on listed people (neither
 * retired nor merged): IndexedDB leaves a row without these fields out of their indexes, so lists never see
 * unlisted people and need no filter for them.
 */
export interface PersonListFields {
  /** Keys the free-text filter matches by prefix: name, pinyin initials, document number, phones, and each number reversed (`~`…, its trailing digits). Lower case. */
  searchKeys: string[]
  /** Every kind among the person's episodes. */
  episodeKinds: EpisodeKind[]
  /**
   * The kind filter's index keys, one pair per kind: `kind|*|day` and `kind|v:<village>|day` (day =
   * latestArrival). A multi-entry index cannot be compound, so the compound is spelled into the string: "close
   * contacts of this village" is then one index range, already in arrival order. (Until v17 a third key per kind,
   * `kind|g:<grid>|day`, served kind + grid; the grid's own index does that now, one index entry less per person.)
   */
  kindKeys: string[]
  /**
   * Day of the latest episode: its arrival date, or the day it was registered when it has none (a close contact,
   * a county-list row), so people who just came to the post's attention sort first either way.
   */
  latestArrival: LocalDate
  latestKind: EpisodeKind
  latestRisk: RiskLevel
  /** Where the latest episode came from, as one line: `湖北省武汉市江汉区`. */
  latestOrigin: string
  /** Full pinyin, then the name: sorts names as Chinese readers expect (拼音 order, as Excel does). */
  nameOrder: string
  /** 1 when the document number needs checking or was damaged by Excel; absent otherwise (a sparse index). */
  needsChecking?: 1
}

/** A person as stored: the domain record plus the list fields when listed. */
export type PersonRow = Person & Partial<PersonListFields>

/** A person as a list shows it: always with the list fields. */
export type ListedPerson = Person & PersonListFields

/** What a form or an import supplies for a person; the repository adds id, stamps and the list fields. */
export type PersonFields = Omit<Person, StampFields | keyof Retirable | 'mergedInto'>

/** What a form or an import supplies for an episode; the repository adds id, person and stamps. */
export type EpisodeFields = Omit<Episode, StampFields | 'personId'>

const LIST_FIELDS: readonly (keyof PersonListFields)[] = [
  'searchKeys',
  'episodeKinds',
  'kindKeys',
  'latestArrival',
  'latestKind',
  'latestRisk',
  'latestOrigin',
  'nameOrder',
  'needsChecking',
]

/** Lower case, half-width, no spaces: how both the search keys and the typed filter text are compared. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '').toLowerCase()
}

/** Pinyin initials of a Han name (`张伟华` → `zwh`), '' for a name without Han characters. */
export function pinyinInitials(name: string): string {
  return nameInitials(nameKey(name))
}

/** The sort key of a name: `zhang wei hua` then the name itself (ties between homophones stay stable). */
export function nameOrderOf(name: string): string {
  const key = nameKey(name)
  const spoken = hasHan(key) ? nameSyllables(key).join(' ') : key
  // U+0000 sorts before the space, so 李 (li) comes before 李娜 (li na).
  return `${spoken.toLowerCase()}\u0000${key}`
}

/** Marks a reversed-number search key: `~` sorts after digits and letters, so these keys form one range. */
export const REVERSED_KEY = '~'

/** The shortest trailing digits the filter looks up as a suffix (fewer would match most of the register). */
export const SUFFIX_MIN = 3

/** Typed text that can be a number's trailing digits: digits, and an ID number's final `x`. */
export function isSuffixText(text: string): boolean {
  return text.length >= SUFFIX_MIN && /^[0-9x]+$/.test(text)
}

/** The search key that finds a number by any of its trailing digits: `~` then the digits reversed. */
export function reversedKey(digits: string): string {
  return REVERSED_KEY + [...digits].reverse().join('')
}

/**
 * The keys {@link PersonListFields.searchKeys} holds for a person: name, pinyin initials, document number and
 * phones (matched by prefix), and one reversed key per number (matched by any trailing digits, see
 * {@link reversedKey}). Until v18 the last 4 and 6 digits were keys of their own: three keys per document number
 * and two per phone; now two each, and 3, 5 or 8 trailing digits find the person too.
 */
export function searchKeysOf(person: Pick<Person, 'name' | 'documentNumber' | 'phones'>): string[] {
  const keys = new Set<string>()
  const add = (text: string) => {
    const key = normalizeSearchText(text)
    if (key !== '') keys.add(key)
  }
  add(nameKey(person.name))
  add(pinyinInitials(person.name))
  const number = normalizeSearchText(person.documentNumber)
  if (number !== '') {
    add(number)
    if (number.length >= SUFFIX_MIN) add(reversedKey(number))
  }
  for (const phone of person.phones) {
    add(phone)
    const digits = phone.replace(/\D/g, '')
    if (digits.length >= SUFFIX_MIN) add(reversedKey(digits))
  }
  return [...keys]
}

/** The key prefixes a typed filter text looks up in searchKeys: the text, and its reversed key when it can be a suffix. */
export function searchPrefixesOf(text: string): string[] {
  return isSuffixText(text) ? [text, reversedKey(text)] : [text]
}

/** An origin as one line, levels joined and a level that repeats the one above left out (`上海市上海市`). */
export function originText(origin: Origin): string {
  const parts = [origin.province, origin.city, origin.county, origin.township, origin.village].map((p) => p.trim())
  return parts.filter((part, i) => part !== '' && part !== parts[i - 1]).join('')
}

/** Where a kind key starts: every person of a kind, or those of one village. */
export type KindScope = { villageId: string } | 'all'

/** The prefix of the kind keys of one kind and scope; a day follows it. */
export function kindKeyPrefix(kind: EpisodeKind, scope: KindScope): string {
  return scope === 'all' ? `${kind}|*|` : `${kind}|v:${scope.villageId}|`
}

/** The kind keys of a person's row (see {@link PersonListFields.kindKeys}). */
export function kindKeysOf(kinds: readonly EpisodeKind[], person: Pick<Person, 'villageId'>, day: LocalDate): string[] {
  const scopes: KindScope[] = ['all', { villageId: person.villageId }]
  return kinds.flatMap((kind) => scopes.map((scope) => kindKeyPrefix(kind, scope) + day))
}

/** The day an episode counts from: its arrival date, else the local day it was registered. */
export function episodeDay(episode: Pick<Episode, 'arrivalDate' | 'createdAt'>): LocalDate {
  return episode.arrivalDate || localToday(new Date(episode.createdAt))
}

/** Later episodes first: by {@link episodeDay}, then by registration, then by id. */
export function compareEpisodesLatestFirst(a: Episode, b: Episode): number {
  const dayA = episodeDay(a)
  const dayB = episodeDay(b)
  if (dayA !== dayB) return dayA < dayB ? 1 : -1
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

/** True when the person shows in lists: neither retired nor merged into another person. */
export function isListed(person: Person): boolean {
  return person.retiredAt === undefined && person.mergedInto === undefined
}

/** The domain record alone, without the list fields (for diffs, exports and the detail screen). */
export function personOf(row: PersonRow): Person {
  const person: Record<string, unknown> = { ...row }
  for (const field of LIST_FIELDS) delete person[field]
  return person as unknown as Person
}

/**
 * The stored row of a person with its episodes: the list fields recomputed from scratch, or none at all when the
 * person is retired, merged, or (briefly, inside a transaction) has no episode yet. The one place rows are
 * built, so the repositories, the demo and the benchmark all store the same shape.
 */
export function buildPersonRow(person: Person, episodes: readonly Episode[]): PersonRow {
  const row = personOf(person) as PersonRow
  if (!isListed(person) || episodes.length === 0) return row
  const latest = [...episodes].sort(compareEpisodesLatestFirst)[0]
  row.searchKeys = searchKeysOf(person)
  row.episodeKinds = [...new Set(episodes.map((e) => e.kind))]
  row.kindKeys = kindKeysOf(row.episodeKinds, person, episodeDay(latest))
  row.latestArrival = episodeDay(latest)
  row.latestKind = latest.kind
  row.latestRisk = latest.originRisk
  row.latestOrigin = originText(latest.origin)
  row.nameOrder = nameOrderOf(person.name)
  if (person.documentCheck === 'needs-checking' || person.documentCheck === 'damaged') row.needsChecking = 1
  return row
}
