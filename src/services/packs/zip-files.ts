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

/** A zip being written: entries go in one at a time, in order. */
export interface OpenZip {
  add(file: ZipFile): Promise<void>
  close(): Promise<Uint8Array>
}

/**
 * Starts a zip. With a password every entry is AES-256 encrypted (WinZip AE-2, encryptionStrength 3), which
 * 7-Zip, WinRAR and the app open; without one it is a plain deflated zip.
 */
export function openZipWriter(password: string | undefined): OpenZip {
  // The default level (6) is the only one the browser's native CompressionStream does: any other level falls
  // back to zip.js's JavaScript deflate, several times slower on a 100k-person pack.
  const writer = new ZipWriter(new Uint8ArrayWriter(), password ? { password, encryptionStrength: 3 } : {})
  return {
    async add(file) {
      await writer.add(file.path, new Uint8ArrayReader(file.bytes), file.stored ? { level: 0 } : {})
    },
    close: () => writer.close(),
  }
}

/** A zip of `files` in order (see {@link openZipWriter}). */
export async function writeZip(files: readonly ZipFile[], password: string | undefined): Promise<Uint8Array> {
  const zip = openZipWriter(password)
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
