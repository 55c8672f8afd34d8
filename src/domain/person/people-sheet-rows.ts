import type { LocalDate } from '../common/entity'
import type { Problem } from '../common/result'
import { cellText } from '../township/sheet-cells'
import type { PeopleSheetField, PeopleSheetMapping } from './import-mapping'
import type { DocumentCheck } from './person'
import { episodeProblems, personProblems } from './person-rules'
import type { PeopleSheetLayout } from './people-sheet-layout'
import { villageResolver, type VillageRef } from './people-sheet-places'
import { readPeopleRow, type ImportedEpisode, type ImportedPerson, type RowNote } from './people-sheet-row'

/** What applying a mapping needs besides the mapping: the file (for sourceRef), today, the villages. */
export interface PeopleSheetContext {
  fileName: string
  /** `YYYY-MM-DD`: dates after it are refused, birth dates checked against it. */
  today: LocalDate
  villages: readonly VillageRef[]
}

/** A row ready to register: a registration (register-service RegistrationInput) and where it came from. */
export interface ImportedRow {
  sheet: string
  /** The row number Excel shows, 1-based. */
  rowNumber: number
  input: { person: ImportedPerson; episode: ImportedEpisode }
  documentCheck: DocumentCheck
  /** The row also has warnings (saved with it, flagged). */
  hasWarnings: boolean
}

/** A problem of one row. `error`: the row is not imported; `warning`: it is, and the problem is shown. */
export interface PeopleSheetProblem extends Problem {
  sheet: string
  rowNumber: number
  severity: 'error' | 'warning'
}

/** A note about one row (an upgraded 15-digit ID, a year assumed for `1月8日`). */
export type PeopleSheetNote = RowNote & { sheet: string; rowNumber: number }

/** The original cells of a row with a problem, for the problem workbook. */
export interface ProblemRowCells {
  sheet: string
  rowNumber: number
  cells: string[]
}

/** Rows passed over: blank, a subtotal (合计/小计/总计), a signature or remark line under the table. */
export interface SkippedRows {
  blank: number
  subtotal: number
  footer: number
}

/** What a sheet yielded under a mapping. */
export interface PeopleSheetRows {
  rows: ImportedRow[]
  problems: PeopleSheetProblem[]
  notes: PeopleSheetNote[]
  problemRows: ProblemRowCells[]
  skipped: SkippedRows
}

const SUBTOTAL = /^(合计|小计|总计|共计)/
const FOOTER = /填表|审核|负责人|制表|联系人|说明|注[:：]|签字|盖章/
const JOINERS: Partial<Record<PeopleSheetField, string>> = { phones: '/', notes: '；', symptoms: '、' }

/** The 1-based `<file>#<sheet>!<row>` an imported episode carries. */
export function sourceRefOf(fileName: string, sheet: string, rowNumber: number): string {
  return `${fileName}#${sheet}!${rowNumber}`
}

function columnsByField(layout: PeopleSheetLayout, mapping: PeopleSheetMapping): Map<PeopleSheetField, number[]> {
  const byField = new Map<PeopleSheetField, number[]>()
  layout.keys.forEach((key, index) => {
    const field = key === '' ? undefined : mapping.columns[key]
    if (!field) return
    // Several columns of one field: joined for phones, notes and symptoms, else the first filled one counts.
    byField.set(field, [...(byField.get(field) ?? []), index])
  })
  return byField
}

function skipReason(cells: unknown[], mapped: number[]): keyof SkippedRows | undefined {
  if (mapped.every((index) => cellText(cells[index]) === '')) return 'blank'
  const texts = cells.map((cell) => cellText(cell).replace(/\s/g, '')).filter((text) => text !== '')
  if (texts.some((text) => SUBTOTAL.test(text))) return 'subtotal'
  // A line under the table (填表人：… 审核人：…): one cell, often merged across the row (so in every column).
  return new Set(texts).size === 1 && FOOTER.test(texts[0]) ? 'footer' : undefined
}

/**
 * Applies a column mapping to the data rows of one sheet (below its header; see layoutPeopleSheet): skips
 * blank rows (every mapped cell empty), subtotal rows (合计/小计/总计 in any cell) and signature lines; reads
 * every other row (readPeopleRow) and checks it as registration does (personProblems, episodeProblems). A row
 * with an error is left out, with every problem it has; a row with warnings only is kept and its warnings
 * reported. `onRow` is called after each row (for progress).
 */
export function applyMapping(
  rows: readonly unknown[][],
  layout: PeopleSheetLayout,
  mapping: PeopleSheetMapping,
  context: PeopleSheetContext,
  onRow?: () => void,
): PeopleSheetRows {
  const result: PeopleSheetRows = {
    rows: [],
    problems: [],
    notes: [],
    problemRows: [],
    skipped: { blank: 0, subtotal: 0, footer: 0 },
  }
  const byField = columnsByField(layout, mapping)
  const mapped = [...byField.values()].flat()
  const rowContext = {
    defaultYear: layout.defaultYear,
    today: context.today,
    mapping,
    villages: villageResolver(context.villages),
  }
  const hasNumberColumn = byField.has('documentNumber')
  for (let index = layout.firstDataIndex; index < rows.length; index++) {
    const cells = rows[index] ?? []
    const rowNumber = index + 1
    const skip = skipReason(cells, mapped)
    if (skip) {
      result.skipped[skip]++
      onRow?.()
      continue
    }
    const fieldCells = (field: PeopleSheetField) => {
      const indexes = byField.get(field)
      if (!indexes) return ''
      const joiner = JOINERS[field]
      const values = indexes.map((i) => cellText(cells[i])).filter((text) => text !== '')
      return joiner ? values.join(joiner) : (values[0] ?? '')
    }
    const sourceRef = sourceRefOf(context.fileName, layout.sheet, rowNumber)
    const reading = readPeopleRow(fieldCells, hasNumberColumn, rowContext, sourceRef)
    const person = personProblems(reading.input.person, context.today)
    const episode = episodeProblems(reading.input.episode, context.today)
    const errors = [...reading.errors, ...person.errors, ...episode.errors]
    // A field whose cell could not be read is reported once, as the error (not also as "missing").
    const failed = new Set(errors.map((problem) => problem.field))
    const warnings = [...reading.warnings, ...person.warnings, ...episode.warnings].filter((w) => !failed.has(w.field))
    const at = { sheet: layout.sheet, rowNumber }
    result.problems.push(
      ...errors.map((problem) => ({ ...problem, ...at, severity: 'error' as const })),
      ...warnings.map((problem) => ({ ...problem, ...at, severity: 'warning' as const })),
    )
    result.notes.push(...reading.notes.map((note) => ({ ...note, ...at })))
    if (errors.length || warnings.length) result.problemRows.push({ ...at, cells: cells.map(cellText) })
    if (errors.length === 0)
      result.rows.push({
        ...at,
        input: reading.input,
        documentCheck: reading.documentCheck,
        hasWarnings: warnings.length > 0,
      })
    onRow?.()
  }
  return result
}
