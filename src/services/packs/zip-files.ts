import {
  configure,
  ERR_INVALID_PASSWORD,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  ZipWriter,
  type Entry,
  type FileEntry,
} from '@zip.js/zip.js'

// Packs are built and opened inside our own Web Worker (or Node in tests): zip.js must not start more workers.
configure({ useWebWorkers: false })

/** A file to put in a zip. */
export interface ZipFile {
  path: string
  bytes: Uint8Array
  /** Already compressed (an xlsx, a docx): stored as it is, not deflated again. */
  stored?: boolean
}

/**
 * How hard a zip's entries are deflated. `standard`: the browser's native deflate, at the only level it does (6).
 * `fast`: zip.js's WebAssembly zlib at level 3 where WebAssembly may run, about twice as fast for a fifth more
 * bytes; a data pack's files and ledgers are deflated so (docs/packs.md, "Compression"). Where WebAssembly may
 * not run (a page whose Content-Security-Policy forbids it), `fast` falls back to `standard`.
 */
export type DeflateSpeed = 'standard' | 'fast'

/** The deflate level `fast` asks zip.js for: as fast as level 1, and smaller (level 4 and up are twice as slow). */
export const FAST_DEFLATE_LEVEL = 3

/** The smallest valid WebAssembly module: `\0asm`, version 1. */
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])

/**
 * The level a `fast` zip uses with the given WebAssembly compiler: {@link FAST_DEFLATE_LEVEL} when it compiles
 * a module, undefined (the native deflate) when it refuses or is missing.
 */
export async function fastDeflateLevel(
  compile: ((bytes: BufferSource) => Promise<unknown>) | undefined,
): Promise<number | undefined> {
  if (!compile) return undefined
  try {
    await compile(EMPTY_MODULE)
    return FAST_DEFLATE_LEVEL
  } catch {
    return undefined
  }
}

let fastLevelHere: Promise<number | undefined> | undefined

/** {@link fastDeflateLevel} on this thread, asked once. */
function fastLevel(): Promise<number | undefined> {
  fastLevelHere ??= fastDeflateLevel(typeof WebAssembly === 'undefined' ? undefined : WebAssembly.compile)
  return fastLevelHere
}

/**
 * A file's bytes as zip.js reads them: views of the bytes, where `Uint8ArrayReader` copies every chunk it hands
 * over (the 250 MB of a 100k-person pack's files, copied half a megabyte at a time). zip.js only reads them.
 */
class BytesReader extends Uint8ArrayReader {
  private readonly bytes: Uint8Array

  constructor(bytes: Uint8Array) {
    super(bytes)
    this.bytes = bytes
  }

  override readUint8Array(index: number, length: number): Promise<Uint8Array> {
    return Promise.resolve(this.bytes.subarray(index, index + length))
  }
}

/** A zip being written: entries go in one at a time, in order. */
export interface OpenZip {
  add(file: ZipFile): Promise<void>
  close(): Promise<Uint8Array>
}

/**
 * Starts a zip. With a password every entry is AES-256 encrypted (WinZip AE-2, encryptionStrength 3), which
 * 7-Zip, WinRAR and the app open; without one it is a plain deflated zip. Entries are deflated at `speed`.
 */
export function openZipWriter(password: string | undefined, speed: DeflateSpeed = 'standard'): OpenZip {
  const writer = new ZipWriter(new Uint8ArrayWriter(), password ? { password, encryptionStrength: 3 } : {})
  return {
    async add(file) {
      // No level: the native CompressionStream (level 6, the only one it does). Any other level is zip.js's
      // WebAssembly zlib, which a page's Content-Security-Policy may forbid: only `fast` asks for one.
      const level = file.stored ? 0 : speed === 'fast' ? await fastLevel() : undefined
      await writer.add(file.path, new BytesReader(file.bytes), level === undefined ? {} : { level })
    },
    close: () => writer.close(),
  }
}

/** A zip of `files` in order (see {@link openZipWriter}). */
export async function writeZip(
  files: readonly ZipFile[],
  password: string | undefined,
  speed: DeflateSpeed = 'standard',
): Promise<Uint8Array> {
  const zip = openZipWriter(password, speed)
  for (const file of files) await zip.add(file)
  return zip.close()
}

/** The entries of a zip; throws when the bytes are not a zip. */
export async function readZipEntries(bytes: Uint8Array): Promise<Entry[]> {
  const reader = new ZipReader(new Uint8ArrayReader(bytes))
  return reader.getEntries()
}

/** Why an entry could not be read. */
export type EntryFailure = 'wrong-password' | 'corrupt'

/** The bytes of one entry, or why they could not be read (a wrong password, damaged data). */
export async function readEntry(entry: FileEntry, password: string | undefined): Promise<Uint8Array | EntryFailure> {
  try {
    return await entry.getData(new Uint8ArrayWriter(), password ? { password, checkPasswordOnly: false } : {})
  } catch (error) {
    return error instanceof Error && error.message === ERR_INVALID_PASSWORD ? 'wrong-password' : 'corrupt'
  }
}
