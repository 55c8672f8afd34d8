import type { PackManifest, PackProfile } from '@/domain/packs/pack-manifest'
import type { PackRecord } from '@/domain/packs/pack-tables'
import type { CommandPostDatabase } from '@/db/database'
import { ledgerPackFiles, type LedgerPackBuilder } from '../ledgers/ledger-pack-files'
import { reportPackFiles } from '../reports/report-pack-files'

/** A file a source adds to a pack, named inside its folder (`人员排查台账.xlsx`). */
export interface PackAttachmentFile {
  name: string
  bytes: Uint8Array
}

/** What a source knows of the pack being built. */
export interface PackAttachmentContext {
  window: PackManifest['window']
  profile: PackProfile
  /** The records the pack carries, when it is a full pack (a source may reuse them instead of reading again). */
  fullRecords?: ReadonlyMap<string, readonly PackRecord[]>
  /** Where the ledgers are built, when not in this thread (the pack worker's ledger worker). */
  buildLedgers?: LedgerPackBuilder
}

/** Files a source is still building elsewhere (the ledgers, in their own worker): awaited just before zipping. */
export interface PendingFiles {
  pending: Promise<PackAttachmentFile[]>
}

/**
 * Documents a pack carries beside its data: one folder per source (`ledgers/`, `reports/`…). Each file is
 * listed and hashed in the manifest like the data files, without a `table`. Adding a kind of document to the
 * pack is one entry in {@link PACK_ATTACHMENT_SOURCES}.
 */
export interface PackAttachmentSource {
  folder: string
  files(db: CommandPostDatabase, context: PackAttachmentContext): Promise<PackAttachmentFile[] | PendingFiles>
}

/** Every attachment source, in the order of the manifest. */
export const PACK_ATTACHMENT_SOURCES: PackAttachmentSource[] = [
  { folder: 'ledgers', files: ledgerPackFiles },
  { folder: 'reports', files: reportPackFiles },
]

/** A file to zip, with its path inside the pack. */
export interface PackAttachment {
  path: string
  bytes: Uint8Array
}

/**
 * Starts every source: what a source reads is read now (so the pack's snapshot is what it was), what it builds
 * elsewhere goes on there. The returned promise (inside an object, so it is not awaited here) gives the files of
 * every source with their paths (`<folder>/<name>`), in the sources' order.
 */
export async function startPackAttachments(
  db: CommandPostDatabase,
  context: PackAttachmentContext,
  sources: readonly PackAttachmentSource[] = PACK_ATTACHMENT_SOURCES,
): Promise<{ all: Promise<PackAttachment[]> }> {
  const started: { folder: string; files: PackAttachmentFile[] | Promise<PackAttachmentFile[]> }[] = []
  for (const source of sources) {
    const files = await source.files(db, context)
    started.push({ folder: source.folder, files: Array.isArray(files) ? files : files.pending })
  }
  const all = (async () => {
    const out: PackAttachment[] = []
    for (const { folder, files } of started)
      for (const file of await files) out.push({ path: `${folder}/${file.name}`, bytes: file.bytes })
    return out
  })()
  // Awaited by the caller before zipping; should the caller fail first, this is not an unhandled rejection.
  all.catch(() => {})
  return { all }
}

/** The files of every source, with their paths (`<folder>/<name>`). */
export async function collectPackAttachments(
  db: CommandPostDatabase,
  context: PackAttachmentContext,
  sources: readonly PackAttachmentSource[] = PACK_ATTACHMENT_SOURCES,
): Promise<PackAttachment[]> {
  return (await startPackAttachments(db, context, sources)).all
}
