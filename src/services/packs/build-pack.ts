import {
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  packFileName,
  type PackFileEntry,
  type PackManifest,
} from '@/domain/packs/pack-manifest'
import { packReadme } from '@/domain/packs/pack-readme'
import { PACK_TABLES, type PackRecord } from '@/domain/packs/pack-tables'
import { packDataFile, type PreparedFile } from './prepare-part'
import { sha256Hex } from './sha256'
import { openZipWriter } from './zip-files'

/** The manifest's fields the caller decides; files, counts and the format come from the build. */
export type PackMeta = Omit<PackManifest, 'format' | 'formatVersion' | 'counts' | 'files'>

/** A written pack: the zip's bytes, its name, its manifest and the SHA-256 of the whole file. */
export interface BuiltPack {
  bytes: Uint8Array
  fileName: string
  manifest: PackManifest
  packHash: string
}

/** A pack's zip being written: files go in as they are ready, the manifest last. */
export interface PackZip {
  /** Adds a prepared file (zipped in the background, in the order added). */
  add(file: PreparedFile): void
  /** Adds README.txt and manifest.json (every file listed, in manifest order), closes the zip and hashes it. */
  finish(meta: PackMeta): Promise<BuiltPack>
}

/**
 * Starts a pack's zip (AES-256 with a password). Files are deflated `fast` as they arrive, while the parts prepare
 * the next ones; their bytes are let go once zipped. `manifest.json` is written last, when every hash is known:
 * readers find it by name.
 */
export function startPackZip(password: string | undefined): PackZip {
  const zip = openZipWriter(password, 'fast')
  const entries: (PackFileEntry & { order: number })[] = []
  let zipped: Promise<void> = Promise.resolve()
  return {
    add(file) {
      const { path, bytes, sha256, order, table, records, stored } = file
      entries.push({ path, bytes: bytes.length, sha256, order, ...(table ? { table, records } : {}) })
      zipped = zipped.then(() => zip.add({ path, bytes, stored }))
      // A zip given up (its parts read different data) may fail unawaited: `finish` is where a failure counts.
      zipped.catch(() => undefined)
    },
    async finish(meta) {
      await zipped
      entries.sort((a, b) => a.order - b.order || a.path.localeCompare(b.path))
      const files: PackFileEntry[] = entries.map(({ order: _, ...entry }) => entry)
      const counts: Record<string, number> = {}
      for (const table of PACK_TABLES) counts[table.table] = 0
      for (const entry of files) if (entry.table) counts[entry.table] = entry.records ?? 0
      const encoder = new TextEncoder()
      const base: Omit<PackManifest, 'files'> = {
        format: PACK_FORMAT,
        formatVersion: PACK_FORMAT_VERSION,
        ...meta,
        counts,
      }
      const documents = files.filter((f) => !f.table).map((f) => f.path)
      const readme = encoder.encode(packReadme(base, documents))
      files.push({ path: 'README.txt', bytes: readme.length, sha256: await sha256Hex(readme) })
      await zip.add({ path: 'README.txt', bytes: readme })
      const manifest: PackManifest = { ...base, files }
      await zip.add({ path: 'manifest.json', bytes: encoder.encode(JSON.stringify(manifest, null, 2) + '\n') })
      const bytes = await zip.close()
      return { bytes, fileName: packFileName(manifest), manifest, packHash: await sha256Hex(bytes) }
    },
  }
}

/**
 * Builds a pack from records already selected, in one go: every record prepared for the profile, one NDJSON
 * file per table, README.txt and the manifest. Pure apart from WebCrypto and zip.js (tests build packs with it).
 */
export async function buildPack(
  records: ReadonlyMap<string, readonly PackRecord[]>,
  meta: PackMeta,
  password: string | undefined,
): Promise<BuiltPack> {
  const zip = startPackZip(password)
  for (const table of PACK_TABLES) zip.add(await packDataFile(table, records.get(table.table) ?? [], meta.profile))
  return zip.finish(meta)
}
