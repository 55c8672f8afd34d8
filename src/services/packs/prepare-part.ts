import { LEDGER_REGISTERS } from '@/domain/ledgers/ledger-registers'
import { ledgerDataOf } from '@/domain/ledgers/ledger-register'
import type { PackManifest, PackProfile } from '@/domain/packs/pack-manifest'
import { ndjsonBytes } from '@/domain/packs/ndjson'
import { PACK_TABLES, type PackRecord, type PackTable } from '@/domain/packs/pack-tables'
import type { CommandPostDatabase } from '@/db/database'
import { listLedgerTemplates } from '@/db/repositories/ledger-template-repository'
import { readPackTablesAsTheyCome } from '@/db/repositories/pack-source-repository'
import { ledgerPackFile } from '../ledgers/ledger-pack-files'
import { reportPackFiles } from '../reports/report-pack-files'
import { partReads, type PackPart } from './pack-parts'
import { sha256Hex } from './sha256'

/** What every part of one pack is prepared for. */
export interface PartJob {
  profile: PackProfile
  /** Records changed after this instant (0: all of them) go in the data files. */
  since: number
  window: PackManifest['window']
}

/** A file a part has prepared: its bytes and SHA-256, its place in the manifest, and for a data file its count. */
export interface PreparedFile {
  path: string
  bytes: Uint8Array
  sha256: string
  /** Where the manifest lists it: data files in register order, then ledgers, then reports. */
  order: number
  /** A data file's register and record count. */
  table?: string
  records?: number
  /** Already compressed (an xlsx, a docx): stored in the zip as it is. */
  stored?: boolean
}

/**
 * Where a part hands its work: the end of its read (the next part may start reading), each finished step (for
 * the progress bar) and each file as soon as it is ready.
 */
export interface PartSink {
  read(): void
  /** A step done: `what` names it (a file's path, `reports`), for a benchmark's breakdown. */
  step(what: string): void
  file(file: PreparedFile): void
}

/**
 * Prepares a part of a pack somewhere (the pack worker hands the people to a helper worker on the second core):
 * resolves with the stamp of the database state the part read (see {@link preparePackPart}).
 */
export type PartRunner = (part: PackPart, job: PartJob, sink: PartSink) => Promise<string>

/** The runner that prepares a part on this thread, from `db`. */
export function runPartHere(db: CommandPostDatabase): PartRunner {
  return (part, job, sink) => preparePackPart(db, part, job, sink)
}

const ORDER = { ledgers: 1000, reports: 2000 } as const

/** A register's data file: the selected records prepared for the profile, one JSON object per line. */
export async function packDataFile(
  table: PackTable,
  selected: readonly PackRecord[],
  profile: PackProfile,
): Promise<PreparedFile> {
  const bytes = ndjsonBytes(selected, (record) => table.prepare(record, profile))
  return {
    path: table.file,
    bytes,
    sha256: await sha256Hex(bytes),
    order: PACK_TABLES.indexOf(table),
    table: table.table,
    records: selected.length,
  }
}

/** A document (ledger, report) as a prepared file: stored as it is, for it is a zip already. */
async function documentFile(path: string, bytes: Uint8Array, order: number): Promise<PreparedFile> {
  return { path, bytes, sha256: await sha256Hex(bytes), order, stored: true }
}

/**
 * Prepares one part of a pack: reads every table it needs in one transaction, then writes its data files, its
 * ledgers and (when it has them) the reports, handing each file to `sink` as soon as it is ready. `sink.read()`
 * is called when the whole read has ended. A part no other part waits for ({@link PackPart.awaited}) writes a
 * data file as soon as its table has arrived, while the database still reads the next ones. Resolves with the
 * stamp of the database state it read ({@link readPackTablesAsTheyCome}): parts with the same stamp read the
 * same data.
 */
export async function preparePackPart(
  db: CommandPostDatabase,
  part: PackPart,
  job: PartJob,
  sink: PartSink,
): Promise<string> {
  const templates = listLedgerTemplates(db)
  const reading = readPackTablesAsTheyCome(db, partReads(part))
  const whole = reading.done.then((read) => {
    sink.read()
    return read
  })
  // A failed read also fails the table awaited below, and `whole` and `templates` are then never awaited.
  whole.catch(() => undefined)
  templates.catch(() => undefined)
  if (part.awaited) await whole
  for (const table of PACK_TABLES) {
    if (!part.tables.includes(table.table)) continue
    const records = await reading.table(table.table)
    const changed = (record: PackRecord) => ((record[table.changedAt ?? ''] as number | undefined) ?? 0) > job.since
    const selected = job.since > 0 && table.changedAt ? records.filter(changed) : records
    sink.file(await packDataFile(table, selected, job.profile))
    sink.step(table.file)
  }
  const read = await whole
  const data = ledgerDataOf(read.tables)
  for (const [i, register] of LEDGER_REGISTERS.entries()) {
    if (!part.ledgers.includes(register.key)) continue
    const ledger = await ledgerPackFile(register, await templates, data, job.profile)
    if (ledger) sink.file(await documentFile(`ledgers/${ledger.name}`, ledger.bytes, ORDER.ledgers + i))
    sink.step(`ledgers/${register.key}`)
  }
  if (part.reports) {
    const reports = await reportPackFiles(db, job.window)
    for (const [i, report] of reports.entries())
      sink.file(await documentFile(`reports/${report.name}`, report.bytes, ORDER.reports + i))
    sink.step('reports')
  }
  return read.stamp
}
