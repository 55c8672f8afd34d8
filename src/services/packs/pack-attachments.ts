import type { PackManifest, PackProfile } from '@/domain/packs/pack-manifest'
import type { PackRecord } from '@/domain/packs/pack-tables'
import type { CommandPostDatabase } from '@/db/database'
import { ledgerPackFiles } from '../ledgers/ledger-pack-files'
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
}

/**
 * Documents a pack carries beside its data: one folder per source (`ledgers/`, `reports/`…). Each file is
 * listed and hashed in the manifest like the data files, without a `table`. Adding a kind of document to the
 * pack is one entry in {@link PACK_ATTACHMENT_SOURCES}.
 */
export interface PackAttachmentSource {
  folder: string
  files(db: CommandPostDatabase, context: PackAttachmentContext): Promise<PackAttachmentFile[]>
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

/** The files of every source, with their paths (`<folder>/<name>`). */
export async function collectPackAttachments(
  db: CommandPostDatabase,
  context: PackAttachmentContext,
  sources: readonly PackAttachmentSource[] = PACK_ATTACHMENT_SOURCES,
): Promise<PackAttachment[]> {
  const out: PackAttachment[] = []
  for (const source of sources)
    for (const file of await source.files(db, context))
      out.push({ path: `${source.folder}/${file.name}`, bytes: file.bytes })
  return out
}
