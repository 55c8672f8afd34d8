import type { PackImport } from '@/domain/packs/pack-log'

/** One township in the county's side-by-side view: its packs received and the records held. */
export interface ReceivedTownship {
  code: string
  name: string
  countyName: string
  packs: number
  /** The newest pack (by the time it was written). */
  latest: PackImport
  /** Records held per table: every import's added records (imports never delete). */
  records: Record<string, number>
}

/** Groups the import log by township code, for the side-by-side view. */
export function summariseReceivedTownships(imports: readonly PackImport[]): ReceivedTownship[] {
  const byCode = new Map<string, ReceivedTownship>()
  for (const entry of imports) {
    const code = entry.township.code
    const current =
      byCode.get(code) ??
      ({
        code,
        name: entry.township.name,
        countyName: entry.township.countyName,
        packs: 0,
        latest: entry,
        records: {},
      } as ReceivedTownship)
    current.packs++
    if (entry.packCreatedAt > current.latest.packCreatedAt) current.latest = entry
    current.name = current.latest.township.name
    for (const [table, result] of Object.entries(entry.results))
      current.records[table] = (current.records[table] ?? 0) + result.added
    byCode.set(code, current)
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code))
}
