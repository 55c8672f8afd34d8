import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import { planImport, type ImportPlan, type KnownPerson, type RegisterView } from '@/domain/person/import-plan'
import {
  buildDuplicateIndex,
  documentKey,
  nameKey,
  type DuplicateIndex,
  type MatchablePerson,
} from '@/domain/person/matching'
import type { Person } from '@/domain/person/person'
import type { ParsedPeopleFile } from '@/domain/person/people-sheet-file'
import type { ImportedRow } from '@/domain/person/people-sheet-rows'
import type { CommandPostDatabase } from '@/db/database'
import { findMappingBySource } from '@/db/repositories/import-mapping-repository'
import {
  listEpisodeFacts,
  readRegister,
  registerVersion,
  type RegisterPeople,
} from '@/db/repositories/import-register-repository'
import type { ImportBatch, ImportWriteOptions, ImportWriteSummary } from '@/db/repositories/person-import-batch'
import { writeImportBatch } from '@/db/repositories/person-import-repository'
import { batchOf } from './import-batch'

/** The register as read for one preview, and when it was read (a write after that makes the plan stale). */
export interface RegisterSnapshot {
  people: RegisterPeople
  /** Likely-duplicate index over the listed people: built once per snapshot, never changed by a plan. */
  index: DuplicateIndex
  /** registerVersion when it was read: the write refuses a plan made against another version. */
  version: string
}

/** The numbers the preview shows before anything is written. */
export interface PeopleImportCounts {
  newPeople: number
  /** Episodes for people already registered (or registered by an earlier row of the file). */
  newEpisodes: number
  /** Rows already in the register (same person, kind and arrival date): nothing to write. */
  unchanged: number
  /** New people who look like someone registered or earlier in the file (queued for review, not blocked). */
  likelyDuplicates: number
  /** Rows that cannot be imported as they are. */
  errorRows: number
  /** Rows imported with something to check. */
  warningRows: number
  /** Blank, subtotal and signature rows passed over. */
  skippedRows: number
}

/** A checked file, before anything is written: the parsed rows, what each would do, and the counts. */
export interface PeopleImportPreview {
  parsed: ParsedPeopleFile
  plan: ImportPlan
  counts: PeopleImportCounts
  /** The register's version the plan was made against (a write since makes it stale). */
  registerVersion: string
  /** Name and number of each person a likely duplicate points at, for the review's audit line. */
  others: Map<string, Pick<Person, 'name' | 'documentNumber'>>
}

/** Reads the register for a preview; start it while the file is still being parsed, they do not depend on each other. */
export async function readRegisterSnapshot(db: CommandPostDatabase): Promise<RegisterSnapshot> {
  const register = await readRegister(db)
  return { ...register, index: buildDuplicateIndex(register.people.listed) }
}

function known(person: MatchablePerson): KnownPerson {
  return {
    id: person.id,
    phones: person.phones,
    birthDate: person.birthDate,
    episodeKeys: new Set(),
    sourceRefs: new Set(),
  }
}

/** The register people the file's rows can be: holders of its numbers, and undocumented people of its names. */
async function registerView(db: CommandPostDatabase, rows: readonly ImportedRow[], register: RegisterSnapshot) {
  const { people } = register
  const documents = new Set<string>()
  const names = new Set<string>()
  for (const { input } of rows) {
    const key = documentKey(input.person.documentType, input.person.documentNumber)
    if (key !== '') documents.add(key)
    else names.add(nameKey(input.person.name))
  }
  const view: RegisterView = {
    byDocument: new Map(),
    withoutDocument: new Map(),
    index: register.index,
  }
  const byId = new Map<string, KnownPerson>()
  for (const person of people.listed) {
    const key = documentKey(person.documentType, person.documentNumber)
    if (key !== '' ? !documents.has(key) : !names.has(nameKey(person.name))) continue
    const found = known(person)
    byId.set(person.id, found)
    if (key !== '') view.byDocument.set(key, found)
    else
      view.withoutDocument.set(nameKey(person.name), [...(view.withoutDocument.get(nameKey(person.name)) ?? []), found])
  }
  const listedById = people.merged.length ? new Map(people.listed.map((p) => [p.id, p])) : undefined
  for (const { record, intoId } of people.merged) {
    const key = documentKey(record.documentType, record.documentNumber)
    const into = listedById?.get(intoId)
    if (!documents.has(key) || view.byDocument.has(key) || !into) continue
    const found = byId.get(intoId) ?? known(into)
    byId.set(intoId, found)
    view.byDocument.set(key, found)
  }
  for (const [id, facts] of await listEpisodeFacts(db, [...byId.keys()])) {
    const found = byId.get(id)
    facts.keys.forEach((k) => found?.episodeKeys.add(k))
    facts.sourceRefs.forEach((ref) => found?.sourceRefs.add(ref))
  }
  return view
}

/**
 * Compares a parsed file with the register and plans every good row: new person, new episode for a person
 * already registered under that document number, or unchanged (already imported: importing the same file
 * twice changes nothing); new people are checked for likely duplicates against the register and the file
 * itself. Writes nothing. `snapshot` may be read beforehand (readRegisterSnapshot, while the file is parsed);
 * it is read again when the register changed since.
 */
export async function previewPeopleImport(
  db: CommandPostDatabase,
  parsed: ParsedPeopleFile,
  snapshot?: RegisterSnapshot,
): Promise<PeopleImportPreview> {
  const fresh = snapshot && snapshot.version === (await registerVersion(db))
  const register = fresh ? snapshot : await readRegisterSnapshot(db)
  const view = await registerView(db, parsed.rows, register)
  const plan = planImport(parsed.rows, view, () => newId('per'))
  const wanted = new Set(plan.rows.flatMap((row) => row.duplicates.map((d) => d.id)))
  const others = new Map(
    view.index.people
      .filter((p) => wanted.has(p.id))
      .map((p) => [p.id, { name: p.name, documentNumber: p.documentNumber }]),
  )
  const errorRows = new Set(
    parsed.problems.filter((p) => p.severity === 'error').map((p) => `${p.sheet}!${p.rowNumber}`),
  )
  const counts: PeopleImportCounts = {
    ...plan.counts,
    errorRows: errorRows.size,
    warningRows: parsed.rows.filter((row) => row.hasWarnings).length,
    skippedRows: parsed.skipped.blank + parsed.skipped.subtotal + parsed.skipped.footer,
  }
  return { parsed, plan, counts, registerVersion: register.version, others }
}

async function sameMapping(db: CommandPostDatabase, batch: ImportBatch): Promise<boolean> {
  if (!batch.mapping) return true
  const stored = await findMappingBySource(db, batch.mapping.source)
  const { columns, polarity, ignored, defaultKind } = batch.mapping.mapping
  return (
    JSON.stringify(stored && [stored.columns, stored.polarity, stored.ignored, stored.defaultKind]) ===
    JSON.stringify([columns, polarity, ignored, defaultKind])
  )
}

/**
 * Writes the good rows of a preview in one transaction (new people, new episodes, likely-duplicate reviews,
 * the source's mapping, audit lines): all or nothing, and nothing at all when the preview found nothing new and
 * the mapping is the one remembered. A register changed since the preview refuses the write (`peopleImport.stale`):
 * preview again. Cancel with `options.signal`.
 */
export async function commitPeopleImport(
  db: CommandPostDatabase,
  preview: PeopleImportPreview,
  actor: Actor,
  onProgress?: ImportWriteOptions['onProgress'],
  options: Omit<ImportWriteOptions, 'onProgress'> = {},
): Promise<ImportWriteSummary> {
  if (preview.parsed.rows.length === 0) throw new ValidationError([{ field: 'file', code: 'nothingToImport' }])
  const batch = batchOf(preview)
  if (batch.people.length + batch.episodes.length === 0 && (await sameMapping(db, batch)))
    return { people: 0, episodes: 0, reviews: 0, auditLines: 0 }
  return writeImportBatch(db, batch, actor, { ...options, onProgress })
}
