import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { parseVillageSheet, type VillageSheetResult, type VillageSheetRow } from '@/domain/township/village-sheet'
import type { Village } from '@/domain/township/village'
import type { CommandPostDatabase } from '@/db/database'
import { getTownship } from '@/db/repositories/township-repository'
import {
  findVillagesByCodes,
  upsertVillagesByCode,
  type UpsertSummary,
  type VillageImportFields,
} from '@/db/repositories/village-repository'
import { readSheetFile } from './read-sheet-file'

/** What importing a row would do to the register. */
export type ImportAction = 'create' | 'update' | 'same'

/** A checked sheet, before anything is written: the rows, their problems, and what each good row would do. */
export interface VillageImportPreview {
  fileName: string
  sheet: VillageSheetResult
  /** Per good row (same order as `sheet.rows`). */
  actions: ImportAction[]
}

/** The fields a row carries: columns the sheet lacks, or blank cells, leave what the register holds untouched. */
function fieldsOf(row: VillageSheetRow, sheet: VillageSheetResult): VillageImportFields {
  const fields: VillageImportFields = { code: row.code, name: row.name }
  if (sheet.columns.urbanRuralClass !== undefined && row.urbanRuralClass !== '')
    fields.urbanRuralClass = row.urbanRuralClass
  if (row.population !== undefined) fields.population = row.population
  if (row.households !== undefined) fields.households = row.households
  return fields
}

function actionFor(fields: VillageImportFields, existing: Village | undefined): ImportAction {
  if (!existing) return 'create'
  const changed = Object.entries(fields).some(([key, value]) => existing[key as keyof Village] !== value)
  return changed ? 'update' : 'same'
}

/** Reads and checks a village sheet against the township and the register; writes nothing. */
export async function previewVillageImport(
  db: CommandPostDatabase,
  fileName: string,
  bytes: Uint8Array,
): Promise<VillageImportPreview> {
  const township = await getTownship(db)
  if (!township) throw new ValidationError([{ field: 'setup', code: 'notSetUp' }])
  const sheet = parseVillageSheet(readSheetFile(fileName, bytes), township.code)
  const existing = await findVillagesByCodes(
    db,
    sheet.rows.map((r) => r.code),
  )
  const byCode = new Map(existing.map((v) => [v.code, v]))
  const actions = sheet.rows.map((row) => actionFor(fieldsOf(row, sheet), byCode.get(row.code)))
  return { fileName, sheet, actions }
}

/**
 * Imports the good rows of a checked sheet in one transaction: new codes are added, known codes updated, so
 * importing the same sheet twice changes nothing the second time. A refused sheet writes nothing.
 */
export async function commitVillageImport(
  db: CommandPostDatabase,
  preview: VillageImportPreview,
  actor: Actor,
): Promise<UpsertSummary> {
  if (preview.sheet.fatal) throw new ValidationError([{ field: 'file', code: `fatal.${preview.sheet.fatal}` }])
  if (preview.sheet.rows.length === 0) throw new ValidationError([{ field: 'file', code: 'nothingToImport' }])
  const rows = preview.sheet.rows.map((row) => fieldsOf(row, preview.sheet))
  return upsertVillagesByCode(db, rows, preview.fileName, actor)
}
