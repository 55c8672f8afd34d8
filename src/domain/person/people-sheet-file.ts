import type { LocalDate } from '../common/entity'
import { ValidationError } from '../common/result'
import type { PeopleSheetMapping } from './import-mapping'
import { layoutPeopleSheet, type PeopleSheetLayout } from './people-sheet-layout'
import {
  applyMapping,
  type ImportedRow,
  type PeopleSheetContext,
  type PeopleSheetNote,
  type PeopleSheetProblem,
  type ProblemRowCells,
  type SkippedRows,
} from './people-sheet-rows'

/** One worksheet's rows, row 0 being Excel's row 1. */
export interface NamedSheet {
  name: string
  rows: unknown[][]
}

/** The sheets of a file that hold people (a recognisable header), and those passed over. */
export interface PeopleFileOutline {
  fileName: string
  layouts: PeopleSheetLayout[]
  /** Names of sheets without a recognisable header (instructions, a blank Sheet2). */
  skippedSheets: string[]
}

/** A whole file read under a mapping: every sheet's good rows, problems and notes, in sheet and row order. */
export interface ParsedPeopleFile {
  fileName: string
  /** What the clerk calls the file's sender: the mapping is remembered under it. */
  source: string
  mapping: PeopleSheetMapping
  layouts: PeopleSheetLayout[]
  rows: ImportedRow[]
  problems: PeopleSheetProblem[]
  notes: PeopleSheetNote[]
  problemRows: ProblemRowCells[]
  skipped: SkippedRows
}

/** How often progress is reported, in rows. */
export const PROGRESS_EVERY = 500

/**
 * Finds the header and year of every sheet of a file; sheets without a header are listed as skipped.
 * @throws ValidationError `peopleImport.noHeader` (field `file`) when no sheet has one: nothing to map.
 */
export function outlinePeopleFile(
  fileName: string,
  sheets: readonly NamedSheet[],
  today: LocalDate,
): PeopleFileOutline {
  const outline: PeopleFileOutline = { fileName, layouts: [], skippedSheets: [] }
  for (const sheet of sheets) {
    const layout = layoutPeopleSheet(sheet.name, sheet.rows, fileName, today)
    if (layout) outline.layouts.push(layout)
    else outline.skippedSheets.push(sheet.name)
  }
  if (outline.layouts.length === 0)
    throw new ValidationError([{ field: 'file', code: 'peopleImport.noHeader', params: { name: fileName } }])
  return outline
}

/** Every header label of the outline's sheets, each once, in order (what the mapping screen lists). */
export function outlineLabels(outline: Pick<PeopleFileOutline, 'layouts'>): string[] {
  const labels = outline.layouts.flatMap((layout) => layout.labels.filter((label) => label !== ''))
  return [...new Set(labels)]
}

/**
 * Applies a mapping to every sheet of the outline (sheets matched by name), reporting progress as
 * `(rowsDone, rowsTotal)` every {@link PROGRESS_EVERY} rows and at the end.
 * @throws ValidationError `peopleImport.noNameColumn` when no column is mapped to 姓名.
 */
export function parsePeopleFile(
  sheets: readonly NamedSheet[],
  outline: PeopleFileOutline,
  mapping: PeopleSheetMapping,
  context: PeopleSheetContext & { source: string },
  onProgress?: (done: number, total: number) => void,
): ParsedPeopleFile {
  if (!Object.values(mapping.columns).includes('name'))
    throw new ValidationError([{ field: 'mapping', code: 'peopleImport.noNameColumn' }])
  const { source, ...sheetContext } = context
  const parsed: ParsedPeopleFile = {
    fileName: outline.fileName,
    source,
    mapping,
    layouts: outline.layouts,
    rows: [],
    problems: [],
    notes: [],
    problemRows: [],
    skipped: { blank: 0, subtotal: 0, footer: 0 },
  }
  const total = outline.layouts.reduce((sum, layout) => sum + layout.dataRows, 0)
  let done = 0
  const tick = () => {
    done++
    if (done % PROGRESS_EVERY === 0) onProgress?.(done, total)
  }
  for (const layout of outline.layouts) {
    const rows = sheets.find((sheet) => sheet.name === layout.sheet)?.rows ?? []
    const result = applyMapping(rows, layout, mapping, sheetContext, tick)
    // concat, not push(...): a spread of 100k arguments overflows the stack.
    parsed.rows = parsed.rows.concat(result.rows)
    parsed.problems = parsed.problems.concat(result.problems)
    parsed.notes = parsed.notes.concat(result.notes)
    parsed.problemRows = parsed.problemRows.concat(result.problemRows)
    for (const key of ['blank', 'subtotal', 'footer'] as const) parsed.skipped[key] += result.skipped[key]
  }
  onProgress?.(total, total)
  return parsed
}
