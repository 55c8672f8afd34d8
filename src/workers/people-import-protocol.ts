// The messages between the people-import worker and the page: plain postMessage, one request at a time.
// `read` parses the file and keeps its sheets in the worker; `apply` maps them (as often as the clerk changes
// the mapping) without sending the file again. Types only: both sides import this file.
import type { LocalDate } from '@/domain/common/entity'
import type { Problem } from '@/domain/common/result'
import type { PeopleSheetMapping } from '@/domain/person/import-mapping'
import type { ParsedPeopleFile, PeopleFileOutline } from '@/domain/person/people-sheet-file'
import type { VillageRef } from '@/domain/person/people-sheet-places'

/** Read a file: find every sheet's header and year. The bytes are transferred, not copied. */
export interface ReadRequest {
  kind: 'read'
  fileName: string
  bytes: ArrayBuffer
  today: LocalDate
}

/** Apply a mapping to the sheets the last `read` kept. */
export interface ApplyRequest {
  kind: 'apply'
  mapping: PeopleSheetMapping
  source: string
  villages: VillageRef[]
  today: LocalDate
}

/** What the page asks the worker. */
export type PeopleImportRequest = ReadRequest | ApplyRequest

/** What the worker answers: one `outline` or `parsed` (or `failed`) per request, `progress` before `parsed`. */
export type PeopleImportReply =
  | { kind: 'outline'; outline: PeopleFileOutline }
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'parsed'; parsed: ParsedPeopleFile }
  /** `problems`: a ValidationError's (unreadable file, no header…); else `message` of an unexpected error. */
  | { kind: 'failed'; problems: Problem[]; message: string }
