// The messages between the pack worker and its ledger worker: one request (what the ledgers are built from,
// already read by the pack worker), one reply (the xlsx files, their bytes transferred, or why it failed).
// Types only: both sides import this file.
import type { PackAttachmentFile } from '@/services/packs/pack-attachments'
import type { LedgerPackInput } from '@/services/ledgers/ledger-pack-files'

/** What the pack worker asks the ledger worker. */
export type LedgerBuildRequest = LedgerPackInput

/** What the ledger worker answers. */
export type LedgerBuildReply = { kind: 'built'; files: PackAttachmentFile[] } | { kind: 'failed'; message: string }
