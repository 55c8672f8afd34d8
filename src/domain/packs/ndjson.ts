import type { Problem } from '../common/result'

/**
 * Records as NDJSON: one JSON object per line, each line ending in `\n` (an empty table is an empty file). With
 * `prepare`, each line is what it makes of its record, written at once: the prepared copies of 150k records are
 * never held together (kept in an array, they outlive the young generation and cost a full garbage collection).
 */
export function toNdjson<T>(records: readonly T[], prepare?: (record: T) => unknown): string {
  let text = ''
  for (const record of records) text += JSON.stringify(prepare ? prepare(record) : record) + '\n'
  return text
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
