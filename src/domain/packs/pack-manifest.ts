import type { Instant, LocalDate } from '../common/entity'
import type { Problem } from '../common/result'

/** The format name every pack's manifest carries; anything else is not a Command Post pack. */
export const PACK_FORMAT = 'command-post-pack'

/** The newest pack format this app writes and reads. A pack with a higher number is refused. */
export const PACK_FORMAT_VERSION = 1

/** What a pack's personal fields look like: masked (the default) or full (needs `packs.full`). */
export type PackProfile = 'masked' | 'full'

/** Every record, or only those changed since the last pack to the same recipient. */
export type PackMode = 'full' | 'incremental'

/** One file inside the pack, as the manifest lists it. */
export interface PackFileEntry {
  /** Path inside the zip, e.g. `data/persons.ndjson`. */
  path: string
  /** Size in bytes (uncompressed). */
  bytes: number
  /** SHA-256 of the file's exact bytes, lower-case hex. */
  sha256: string
  /** For a data file: the table it holds and how many records (lines). */
  table?: string
  records?: number
}

/** manifest.json: what the pack holds, who made it, and a hash of every other file. */
export interface PackManifest {
  format: typeof PACK_FORMAT
  formatVersion: number
  /** `pck_<ulid>`: the same pack keeps its id however often it is copied or re-imported. */
  packId: string
  appVersion: string
  /** The database schema version of the app that wrote the pack. */
  schemaVersion: number
  township: { code: string; name: string; countyName: string }
  /** The days the pack covers (local dates): from the last pack to this recipient (or setup) to the day written. */
  window: { from: LocalDate; to: LocalDate }
  mode: PackMode
  /** Incremental packs hold records changed after this instant (epoch ms); 0 for a full pack. */
  since: Instant
  profile: PackProfile
  /** Who the pack is for, e.g. 县指挥部办公室. */
  recipient: string
  /** Running number of packs written by this township (also in the file name). */
  sequence: number
  operator: { id: string; name: string }
  createdAt: Instant
  /** Records per table. */
  counts: Record<string, number>
  files: PackFileEntry[]
}

/** `20221108` from `2022-11-08`. */
function compactDate(date: LocalDate): string {
  return date.replaceAll('-', '')
}

/** The pack's file name: `<township code>_<from>_<to>_<seq>.cpk.zip`, no personal data in it. */
export function packFileName(manifest: Pick<PackManifest, 'township' | 'window' | 'sequence'>): string {
  const { township, window, sequence } = manifest
  const seq = String(sequence).padStart(3, '0')
  return `${township.code}_${compactDate(window.from)}_${compactDate(window.to)}_${seq}.cpk.zip`
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Checks a parsed manifest.json: the format, a version this app can read, and the fields an import relies on.
 * Returns problems (codes under `problems.pack.`); empty when the manifest can be trusted to drive the checks.
 */
export function manifestProblems(raw: unknown): Problem[] {
  if (!isObject(raw) || raw.format !== PACK_FORMAT) return [{ field: 'manifest', code: 'pack.otherFormat' }]
  const version = raw.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return [{ field: 'manifest', code: 'pack.badManifest', params: { detail: 'formatVersion' } }]
  if (version > PACK_FORMAT_VERSION)
    return [{ field: 'manifest', code: 'pack.newerFormat', params: { version, supported: PACK_FORMAT_VERSION } }]
  const township = raw.township
  if (!isObject(township) || typeof township.code !== 'string' || !/^\d{12}$/.test(township.code))
    return [{ field: 'manifest', code: 'pack.badManifest', params: { detail: 'township.code' } }]
  for (const key of ['packId', 'profile', 'mode'] as const)
    if (typeof raw[key] !== 'string') return [{ field: 'manifest', code: 'pack.badManifest', params: { detail: key } }]
  if (typeof raw.createdAt !== 'number')
    return [{ field: 'manifest', code: 'pack.badManifest', params: { detail: 'createdAt' } }]
  if (!Array.isArray(raw.files) || !raw.files.every(isFileEntry))
    return [{ field: 'manifest', code: 'pack.badManifest', params: { detail: 'files' } }]
  return []
}

function isFileEntry(value: unknown): value is PackFileEntry {
  return (
    isObject(value) &&
    typeof value.path === 'string' &&
    typeof value.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(value.sha256) &&
    (value.table === undefined || (typeof value.table === 'string' && /^[A-Za-z]+$/.test(value.table)))
  )
}
