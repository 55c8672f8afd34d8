import { toNdjson } from '@/domain/packs/ndjson'
import {
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  packFileName,
  type PackFileEntry,
  type PackManifest,
} from '@/domain/packs/pack-manifest'
import { packReadme } from '@/domain/packs/pack-readme'
import { PACK_TABLES, type PackRecord } from '@/domain/packs/pack-tables'
import type { PackAttachment } from './pack-attachments'
import { sha256Hex } from './sha256'
import { writeZip, type ZipFile } from './zip-files'

/** The manifest's fields the caller decides; files, counts and the format come from the build. */
export type PackMeta = Omit<PackManifest, 'format' | 'formatVersion' | 'counts' | 'files'>

/** A written pack: the zip's bytes, its name, its manifest and the SHA-256 of the whole file. */
export interface BuiltPack {
  bytes: Uint8Array
  fileName: string
  manifest: PackManifest
  packHash: string
}

/** Progress of a build: which step, and how far (records or bytes). */
export type BuildProgress = (
  phase: 'documents' | 'preparing' | 'zipping' | 'hashing',
  done: number,
  total: number,
) => void

/**
 * Builds a pack from the records each table selected: every record prepared for the profile (masked or full),
 * one NDJSON file per table, the attachments (ledgers, reports), README.txt, and manifest.json listing every file's SHA-256; zipped (AES-256 with a
 * password). Pure apart from WebCrypto and zip.js: it runs in the pack worker and in Node tests alike.
 */
export async function buildPack(
  records: ReadonlyMap<string, readonly PackRecord[]>,
  meta: PackMeta,
  password: string | undefined,
  onProgress: BuildProgress = () => {},
  attachments: readonly PackAttachment[] = [],
): Promise<BuiltPack> {
  const encoder = new TextEncoder()
  const total = PACK_TABLES.reduce((sum, t) => sum + (records.get(t.table)?.length ?? 0), 0)
  const files: ZipFile[] = []
  const entries: PackFileEntry[] = []
  const counts: Record<string, number> = {}
  let done = 0
  for (const table of PACK_TABLES) {
    const selected = records.get(table.table) ?? []
    const bytes = encoder.encode(toNdjson(selected.map((record) => table.prepare(record, meta.profile))))
    counts[table.table] = selected.length
    files.push({ path: table.file, bytes })
    entries.push({
      path: table.file,
      bytes: bytes.length,
      sha256: await sha256Hex(bytes),
      table: table.table,
      records: selected.length,
    })
    done += selected.length
    onProgress('preparing', done, total)
  }
  for (const attachment of attachments) {
    // An xlsx or a docx is a zip already: deflating it again costs time and gains nothing.
    files.push({ path: attachment.path, bytes: attachment.bytes, stored: /\.(xlsx|docx)$/.test(attachment.path) })
    entries.push({ path: attachment.path, bytes: attachment.bytes.length, sha256: await sha256Hex(attachment.bytes) })
  }
  const readme = encoder.encode(
    packReadme(
      { format: PACK_FORMAT, formatVersion: PACK_FORMAT_VERSION, ...meta, counts },
      attachments.map((a) => a.path),
    ),
  )
  files.push({ path: 'README.txt', bytes: readme })
  entries.push({ path: 'README.txt', bytes: readme.length, sha256: await sha256Hex(readme) })
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    ...meta,
    counts,
    files: entries,
  }
  const manifestBytes = encoder.encode(JSON.stringify(manifest, null, 2) + '\n')
  const bytes = await writeZip([{ path: 'manifest.json', bytes: manifestBytes }, ...files], password, (d, t) =>
    onProgress('zipping', d, t),
  )
  onProgress('hashing', 0, 1)
  const packHash = await sha256Hex(bytes)
  return { bytes, fileName: packFileName(manifest), manifest, packHash }
}
