import type { Problem } from '../common/result'

/**
 * UTF-16 code units gathered before they are encoded: enough that each `encodeInto` call costs nothing next to
 * its work, few enough that a piece dies young.
 */
const CHUNK_UNITS = 1 << 18

/** The buffer cut to its first `length` bytes: in place where the engine can (`ArrayBuffer.transfer`), else a copy. */
function cut(buffer: Uint8Array<ArrayBuffer>, length: number): Uint8Array<ArrayBuffer> {
  const whole = buffer.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }
  return typeof whole.transfer === 'function' ? new Uint8Array(whole.transfer(length)) : buffer.slice(0, length)
}

/**
 * Records as NDJSON, in UTF-8: one JSON object per line, each line ending in `\n` (an empty table is an empty
 * file). With `prepare`, each line is what it makes of its record, written at once: the prepared copies of 150k
 * records are never held together (kept, they outlive the young generation and cost a full garbage collection).
 * Lines are encoded a quarter of a million characters at a time into one buffer sized from the first piece: the
 * 150k episodes of a pack are never one 140 MB string (in Chromium, encoding that string cost more than writing
 * its JSON).
 */
export function ndjsonBytes<T>(records: readonly T[], prepare?: (record: T) => unknown): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder()
  let buffer = new Uint8Array(0)
  let length = 0
  let sized = false
  let chunk = ''
  const room = (bytes: number) => {
    if (buffer.length >= bytes) return
    const bigger = new Uint8Array(Math.max(bytes, buffer.length * 2))
    bigger.set(buffer.subarray(0, length))
    buffer = bigger
  }
  const flush = (lines: number) => {
    room(length + chunk.length * 3)
    length += encoder.encodeInto(chunk, buffer.subarray(length)).written
    chunk = ''
    // The whole file's size told from the first of several pieces, and a tenth more: one buffer, not a doubling
    // series. A file of one piece (most registers) is already whole.
    if (!sized && lines > 0 && lines < records.length) {
      sized = true
      room(Math.ceil((length / lines) * records.length * 1.1) + CHUNK_UNITS * 3)
    }
  }
  for (let i = 0; i < records.length; i++) {
    chunk += JSON.stringify(prepare ? prepare(records[i]) : records[i]) + '\n'
    if (chunk.length >= CHUNK_UNITS) flush(i + 1)
  }
  flush(records.length)
  return cut(buffer, length)
}

/**
 * Parses NDJSON text back into objects (and keeps each record's line, which is stored as it came). Blank lines
 * are skipped; a line that is not a JSON object with a
 * string `id` is a problem naming the file and line (an import then refuses the whole pack).
 */
export function parseNdjson(
  text: string,
  file: string,
): { records: Record<string, unknown>[]; lines: string[]; problems: Problem[] } {
  const records: Record<string, unknown>[] = []
  const kept: string[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      value = undefined
    }
    if (typeof value !== 'object' || value === null || typeof (value as { id?: unknown }).id !== 'string')
      return {
        records: [],
        lines: [],
        problems: [{ field: file, code: 'pack.badLine', params: { file, line: i + 1 } }],
      }
    records.push(value as Record<string, unknown>)
    kept.push(line)
  }
  return { records, lines: kept, problems: [] }
}
