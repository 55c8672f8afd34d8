// What one people import writes (built by services/people/import-batch.ts from a preview's plan), and how the
// write reports back. Types only: person-import-repository.ts writes it.
import type { PeopleSheetMapping } from '@/domain/person/import-mapping'
import type { DuplicateReason } from '@/domain/person/matching'
import type { Person } from '@/domain/person/person'
import type { EpisodeFields, PersonFields } from '../person-row'

/** A person the import registers, id given by the plan, with the episodes of its rows. */
export interface ImportedBundle {
  person: PersonFields & { id: string }
  episodes: EpisodeFields[]
}

/** Episodes the import adds to a registered person, and what its row said (fills phones, village, address). */
export interface ImportedEpisodes {
  personId: string
  episodes: EpisodeFields[]
  fields: PersonFields
}

/** A likely duplicate to queue: the new person, the other, why, and both names for the audit line. */
export interface ImportedReview {
  personId: string
  otherId: string
  reasons: DuplicateReason[]
  names: [Pick<Person, 'name' | 'documentNumber'>, Pick<Person, 'name' | 'documentNumber'>]
}

/** Everything one import writes, as its preview planned it. */
export interface ImportBatch {
  /** What the import's own audit line names: source and file. */
  label: string
  /** The register's version (registerVersion) when the plan was made: another one makes the plan stale. */
  registerVersion: string
  people: ImportedBundle[]
  episodes: ImportedEpisodes[]
  reviews: ImportedReview[]
  /** The column mapping to remember for the source. */
  mapping?: { source: string; mapping: PeopleSheetMapping }
}

/** Progress and cancelling of a write. */
export interface ImportWriteOptions {
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
  /** Records per bulk write; a cancel or progress report happens between chunks. */
  chunk?: number
}

/** What was written. */
export interface ImportWriteSummary {
  people: number
  episodes: number
  reviews: number
  auditLines: number
}
