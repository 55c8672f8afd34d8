import {
  addToDuplicateIndex,
  buildDuplicateIndex,
  documentKey,
  findLikelyDuplicates,
  nameKey,
  type DuplicateIndex,
  type LikelyDuplicate,
} from './matching'
import type { EpisodeKind } from './person'
import type { ImportedRow } from './people-sheet-rows'

/** A person the plan compares rows with: registered already, or registered by an earlier row of this import. */
export interface KnownPerson {
  id: string
  phones: string[]
  birthDate: string
  /** `kind|arrivalDate` of every episode: a row with one of these is already in the register. */
  episodeKeys: Set<string>
  /** `sourceRef` of every imported episode. */
  sourceRefs: Set<string>
}

/** What the register holds that an import is planned against. The plan adds the import's new people to it. */
export interface RegisterView {
  /** Listed people by {@link documentKey}. */
  byDocument: Map<string, KnownPerson>
  /** Listed people without a document number, by {@link nameKey}. */
  withoutDocument: Map<string, KnownPerson[]>
  /** Likely-duplicate index over the listed people (buildDuplicateIndex); read only, so it can be reused. */
  index: DuplicateIndex
}

/** What importing a row does: register a new person, add an episode to a known one, or nothing (already there). */
export type PlannedAction = 'new-person' | 'new-episode' | 'unchanged'

/** The plan for one good row (`row` indexes the parsed rows). */
export interface PlannedRow {
  row: number
  action: PlannedAction
  /** The registered person, or the new one's id (given now, used by the write). */
  personId: string
  /** The person is created by this import (by this row or an earlier one). */
  personIsNew: boolean
  /** Likely duplicates of a new person, in the register or earlier in the file; reasons never `sameDocument`. */
  duplicates: LikelyDuplicate[]
}

/** What an import would do, row by row, with the counts the preview shows. */
export interface ImportPlan {
  rows: PlannedRow[]
  counts: { newPeople: number; newEpisodes: number; unchanged: number; likelyDuplicates: number }
}

/** The key under which two episodes of a person are the same: kind and arrival date. */
export function episodeKey(kind: EpisodeKind, arrivalDate: string): string {
  return `${kind}|${arrivalDate}`
}

/** A person without a document number is recognised by name plus a phone, the birth date or this very row. */
function sameUndocumented(known: KnownPerson, row: ImportedRow): boolean {
  const { person, episode } = row.input
  return (
    known.sourceRefs.has(episode.sourceRef) ||
    person.phones.some((phone) => known.phones.includes(phone)) ||
    (person.birthDate !== '' && person.birthDate === known.birthDate)
  )
}

function findKnown(register: RegisterView, row: ImportedRow, document: string, name: string): KnownPerson | undefined {
  if (document !== '') return register.byDocument.get(document)
  return register.withoutDocument.get(name)?.find((known) => sameUndocumented(known, row))
}

function remember(register: RegisterView, person: KnownPerson, document: string, name: string): void {
  if (document !== '') register.byDocument.set(document, person)
  else register.withoutDocument.set(name, [...(register.withoutDocument.get(name) ?? []), person])
}

/**
 * Plans an import against the register. A row whose document number is registered adds an episode to that
 * person, or changes nothing when the person already has an episode of that kind and arrival date (so importing
 * the same file twice changes nothing the second time); a person without a number is recognised by name and
 * phone, birth date or the same source row. Any other row registers a new person (id from `newPersonId`),
 * checked for likely duplicates against the register and the rows before it. Rows of one person later in the
 * file add episodes to the person the first one created.
 */
export function planImport(
  rows: readonly ImportedRow[],
  register: RegisterView,
  newPersonId: () => string,
): ImportPlan {
  const plan: ImportPlan = { rows: [], counts: { newPeople: 0, newEpisodes: 0, unchanged: 0, likelyDuplicates: 0 } }
  const created = new Set<string>()
  // The file's new people get an index of their own: the register's stays as it was read.
  const fileIndex = buildDuplicateIndex([])
  rows.forEach((row, index) => {
    const { person, episode } = row.input
    const document = documentKey(person.documentType, person.documentNumber)
    const name = nameKey(person.name)
    const key = episodeKey(episode.kind, episode.arrivalDate)
    const known = findKnown(register, row, document, name)
    if (known) {
      const personIsNew = created.has(known.id)
      const action = known.episodeKeys.has(key) ? 'unchanged' : 'new-episode'
      known.episodeKeys.add(key)
      known.sourceRefs.add(episode.sourceRef)
      plan.counts[action === 'unchanged' ? 'unchanged' : 'newEpisodes']++
      plan.rows.push({ row: index, action, personId: known.id, personIsNew, duplicates: [] })
      return
    }
    const id = newPersonId()
    const candidate = { id, ...person }
    const matches = [...findLikelyDuplicates(register.index, candidate), ...findLikelyDuplicates(fileIndex, candidate)]
    const duplicates = matches.flatMap((match) => {
      const reasons = match.reasons.filter((reason) => reason !== 'sameDocument')
      return reasons.length ? [{ id: match.id, reasons }] : []
    })
    addToDuplicateIndex(fileIndex, candidate)
    const phones = person.phones
    remember(
      register,
      {
        id,
        phones,
        birthDate: person.birthDate,
        episodeKeys: new Set([key]),
        sourceRefs: new Set([episode.sourceRef]),
      },
      document,
      name,
    )
    created.add(id)
    plan.counts.newPeople++
    if (duplicates.length) plan.counts.likelyDuplicates++
    plan.rows.push({ row: index, action: 'new-person', personId: id, personIsNew: true, duplicates })
  })
  return plan
}
