// The messages between the pack worker and its helper, which prepares one part of a pack (the people) on the
// machine's second core. Types only: both sides import this file.
import type { PackPart } from '@/services/packs/pack-parts'
import type { PartJob, PreparedFile } from '@/services/packs/prepare-part'

/** What the pack worker asks its helper: one part, once. */
export interface PackPartRequest {
  kind: 'part'
  part: PackPart
  job: PartJob
}

/** A prepared file as it crosses: its bytes are transferred, not copied. */
export type CrossingFile = Omit<PreparedFile, 'bytes'> & { bytes: ArrayBuffer }

/** What the helper answers: its read done, a step done, a file ready, then the stamp of what it read (or why it failed). */
export type PackPartReply =
  | { kind: 'read' }
  | { kind: 'step'; what: string }
  | { kind: 'file'; file: CrossingFile }
  | { kind: 'done'; stamp: string }
  | { kind: 'failed'; message: string }
