import { LEDGER_REGISTERS } from '@/domain/ledgers/ledger-registers'
import { PACK_TABLES } from '@/domain/packs/pack-tables'

/**
 * A share of a pack's work that one thread does from one read of the database: the data files of some
 * registers, the ledgers of some, and perhaps the reports. A pack is built in two parts ({@link PACK_PARTS}) so
 * the people, most of a pack's bytes, are prepared on the machine's second core while the pack worker prepares
 * the rest (docs/packs.md, "How a pack is built").
 */
export interface PackPart {
  name: string
  /** Registers (table names) whose `data/*.ndjson` it writes. */
  tables: readonly string[]
  /** Ledger registers (keys) whose `ledgers/*.xlsx` it writes. */
  ledgers: readonly string[]
  /** Whether it writes `reports/*.docx`. */
  reports: boolean
  /**
   * Whether another part waits for the end of this one's read before reading (PACK_PARTS' order). Such a part
   * writes its files after its read: written as the tables arrive, a table that arrived meanwhile waits for this
   * thread, and so does the next part. A part nobody waits for writes each data file as soon as its table is in.
   */
  awaited: boolean
}

const PEOPLE_TABLES: readonly string[] = ['persons', 'episodes']
const PEOPLE_LEDGERS: readonly string[] = ['people']

/** The people register and its ledger: at 100k people, about two thirds of a pack's work. */
export const PEOPLE_PART: PackPart = {
  name: 'people',
  tables: PEOPLE_TABLES,
  ledgers: PEOPLE_LEDGERS,
  reports: false,
  awaited: true,
}

/** Every other register, ledger and the reports. */
export const REST_PART: PackPart = {
  name: 'rest',
  tables: PACK_TABLES.map((t) => t.table).filter((table) => !PEOPLE_TABLES.includes(table)),
  ledgers: LEDGER_REGISTERS.map((r) => r.key).filter((key) => !PEOPLE_LEDGERS.includes(key)),
  reports: true,
  awaited: false,
}

/** The two parts a pack is built in, together exactly the whole pack. */
export const PACK_PARTS: readonly PackPart[] = [PEOPLE_PART, REST_PART]

/** The whole pack as one part: one read, one thread (when the two parts did not read the same database). */
export const WHOLE_PACK: PackPart = {
  name: 'whole',
  tables: PACK_TABLES.map((t) => t.table),
  ledgers: LEDGER_REGISTERS.map((r) => r.key),
  reports: true,
  awaited: false,
}

/** Every table a part reads: its registers, those its ledgers are built from, and the villages (their names). */
export function partReads(part: PackPart): string[] {
  const ledgerTables = LEDGER_REGISTERS.filter((r) => part.ledgers.includes(r.key)).flatMap((r) => r.tables)
  return [...new Set([...part.tables, ...ledgerTables, 'villages'])]
}

/** Steps a part reports as it goes (one per data file, per ledger, and the reports): a progress bar's total. */
export function partSteps(part: PackPart): number {
  return part.tables.length + part.ledgers.length + (part.reports ? 1 : 0)
}
