import type { FileEntry } from '@zip.js/zip.js'
import { ValidationError, type Problem } from '@/domain/common/result'
import { parseNdjson } from '@/domain/packs/ndjson'
import { manifestProblems, type PackManifest } from '@/domain/packs/pack-manifest'
import { sha256Hex } from './sha256'
import { readEntry, readZipEntries } from './zip-files'

/** A pack whose manifest and every file checked out: what it holds, ready to import. */
export interface OpenedPack {
  fileName: string
  /** SHA-256 of the .cpk.zip file as received. */
  packHash: string
  encrypted: boolean
  manifest: PackManifest
  /** Records per data file, parsed, with each record's line as it came. */
  tables: { table: string; records: Record<string, unknown>[]; lines: string[] }[]
}

const refuse = (code: string, params?: Record<string, string | number>, field = 'pack'): never => {
  throw new ValidationError([{ field, code, ...(params ? { params } : {}) }])
}

/** True when the zip holds encrypted entries (the page then asks for the password before opening it). */
export async function packIsEncrypted(bytes: Uint8Array): Promise<boolean> {
  const entries = await readZipEntries(bytes).catch(() => refuse('pack.notZip'))
  return entries.some((entry) => entry.encrypted)
}

async function readText(entry: FileEntry, password: string | undefined): Promise<Uint8Array> {
  const data = await readEntry(entry, password)
  if (data === 'wrong-password') return refuse(password ? 'pack.wrongPassword' : 'pack.passwordNeeded')
  if (data === 'corrupt') return refuse('pack.corruptFile', { file: entry.filename }, entry.filename)
  return data
}

/**
 * Opens and verifies a pack: a zip, a readable manifest of a format this app knows, and every listed file
 * present with its SHA-256 and record count as the manifest says, nothing unlisted. Throws a ValidationError
 * naming every file that is wrong; nothing is returned (so nothing can be imported) from a failing pack.
 */
export async function openPack(bytes: Uint8Array, fileName: string, password?: string): Promise<OpenedPack> {
  const entries = await readZipEntries(bytes).catch(() => refuse('pack.notZip'))
  const files = new Map(entries.filter((e): e is FileEntry => !e.directory).map((e) => [e.filename, e]))
  const encrypted = entries.some((entry) => entry.encrypted)
  if (encrypted && !password) refuse('pack.passwordNeeded')
  const manifestEntry = files.get('manifest.json') ?? refuse('pack.noManifest')
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder().decode(await readText(manifestEntry, password)))
  } catch (error) {
    if (error instanceof ValidationError) throw error
    refuse('pack.badManifest', { detail: 'JSON' })
  }
  const invalid = manifestProblems(raw)
  if (invalid.length) throw new ValidationError(invalid)
  const manifest = raw as PackManifest
  const problems: Problem[] = []
  const tables: OpenedPack['tables'] = []
  const listed = new Set(manifest.files.map((f) => f.path))
  for (const path of files.keys())
    if (path !== 'manifest.json' && !listed.has(path))
      problems.push({ field: path, code: 'pack.extraFile', params: { file: path } })
  const decoder = new TextDecoder('utf-8', { fatal: false })
  for (const listedFile of manifest.files) {
    const entry = files.get(listedFile.path)
    if (!entry) {
      problems.push({ field: listedFile.path, code: 'pack.missingFile', params: { file: listedFile.path } })
      continue
    }
    const data = await readEntry(entry, password)
    if (data === 'wrong-password') refuse('pack.wrongPassword')
    if (data === 'corrupt' || (await sha256Hex(data as Uint8Array)) !== listedFile.sha256) {
      problems.push({ field: listedFile.path, code: 'pack.hashMismatch', params: { file: listedFile.path } })
      continue
    }
    if (!listedFile.table) continue
    const parsed = parseNdjson(decoder.decode(data as Uint8Array), listedFile.path)
    problems.push(...parsed.problems)
    const expected = listedFile.records ?? manifest.counts[listedFile.table]
    if (!parsed.problems.length && expected !== parsed.records.length)
      problems.push({
        field: listedFile.path,
        code: 'pack.countMismatch',
        params: { file: listedFile.path, actual: parsed.records.length, expected: expected ?? 0 },
      })
    tables.push({ table: listedFile.table, records: parsed.records, lines: parsed.lines })
  }
  if (problems.length) throw new ValidationError(problems)
  return { fileName, packHash: await sha256Hex(bytes), encrypted, manifest, tables }
}
