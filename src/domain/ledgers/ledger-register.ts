/**
 * How a cell is written and protected. `id` and `phone` are text cells (Excel never turns them into numbers and
 * never drops a trailing X) and are masked unless the user may see them in full; `private` (a street address, a
 * free-text note) is left empty when masked; `date` holds `YYYY-MM-DD`, `datetime` epoch ms — both written in the
 * template's date format.
 */
export type LedgerColumnKind = 'text' | 'id' | 'phone' | 'private' | 'date' | 'datetime' | 'number'

/** A cell's raw value as a register computes it (undefined: empty). */
export type LedgerValue = string | number | undefined

/** One column a register can export. */
export interface LedgerColumnDef {
  /** Stable key, stored in templates. */
  key: string
  /** The default header (Chinese: ledgers are county paperwork). */
  title: string
  kind: LedgerColumnKind
}

/** The records a register is built from: every table it names, and the village names by id. */
export interface LedgerData {
  tables: ReadonlyMap<string, readonly Record<string, unknown>[]>
  villages: ReadonlyMap<string, string>
}

/**
 * One register 台账 that exports as a workbook: which tables it reads (the first is its own), its columns, and
 * the rows (one object per row, keyed by column key) it makes of the data.
 */
export interface LedgerRegister {
  key: string
  /** Default title row and file name, e.g. 人员排查台账. */
  title: string
  tables: readonly string[]
  columns: readonly LedgerColumnDef[]
  rows(data: LedgerData): Record<string, LedgerValue>[]
}

/** Ledger data from whole tables read together: the tables, and the village names from their `villages`. */
export function ledgerDataOf(tables: ReadonlyMap<string, readonly Record<string, unknown>[]>): LedgerData {
  const villages = (tables.get('villages') ?? []) as readonly { id: string; name: string }[]
  return { tables, villages: new Map(villages.map((v) => [v.id, v.name])) }
}

/** Records of a table in the data, typed as the register expects them. */
export function recordsOf<T>(data: LedgerData, table: string): readonly T[] {
  return (data.tables.get(table) ?? []) as unknown as readonly T[]
}

/** Records of a table by id. */
export function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]))
}

/** Shorthand for a column definition. */
export const column = (key: string, title: string, kind: LedgerColumnKind = 'text'): LedgerColumnDef => ({
  key,
  title,
  kind,
})

/** Orders rows by a field (ascending), in place and stable (rows with equal values keep their order); returns them. */
export function sortBy<T>(rows: T[], value: (row: T) => string | number): T[] {
  return rows.sort((a, b) => {
    const x = value(a)
    const y = value(b)
    return x < y ? -1 : x > y ? 1 : 0
  })
}
