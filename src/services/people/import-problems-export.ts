import { utils, write, type WorkSheet } from '@e965/xlsx'
import type { ParsedPeopleFile } from '@/domain/person/people-sheet-file'
import type { PeopleSheetProblem } from '@/domain/person/people-sheet-rows'

/** The words of the problem workbook, in the clerk's language (the caller translates; services hold no texts). */
export interface ProblemLabels {
  headers: { sheet: string; row: string; severity: string; field: string; reason: string }
  severity: { error: string; warning: string }
  field(field: string): string
  reason(problem: PeopleSheetProblem): string
}

const FIXED_COLUMNS = 5
// Excel's limits on worksheet names: 31 characters, none of : \ / ? * [ ].
const SHEET_NAME = /[:\\/?*[\]]/g

function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(SHEET_NAME, '_').slice(0, 28) || 'Sheet'
  let candidate = base
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}(${n})`
  taken.add(candidate)
  return candidate
}

/** Every cell a text cell formatted `@`: ID numbers and phones stay digits, never `1.10101E+17`. */
function asText(sheet: WorkSheet): void {
  for (const [address, cell] of Object.entries(sheet)) {
    if (address.startsWith('!')) continue
    Object.assign(cell, { t: 's', v: String(cell.v ?? ''), z: '@' })
  }
}

/**
 * The rows of a parsed file that have problems, as an .xlsx a clerk can send back to the village: one worksheet
 * per sheet of the file, each line the sheet, the row number, whether it was left out or imported with
 * something to check, the fields and the reasons, then the row's original cells under the original headers (so
 * the corrected workbook can be imported again). Every cell is text.
 */
export function exportProblemRows(preview: { parsed: ParsedPeopleFile }, labels: ProblemLabels): Uint8Array {
  const { parsed } = preview
  const bySheetRow = new Map<string, PeopleSheetProblem[]>()
  for (const problem of parsed.problems) {
    const key = `${problem.sheet}\u0000${problem.rowNumber}`
    bySheetRow.set(key, [...(bySheetRow.get(key) ?? []), problem])
  }
  const workbook = utils.book_new()
  const taken = new Set<string>()
  for (const layout of parsed.layouts) {
    const rows = parsed.problemRows.filter((row) => row.sheet === layout.sheet)
    if (rows.length === 0) continue
    const { headers } = labels
    const lines: string[][] = [
      [headers.sheet, headers.row, headers.severity, headers.field, headers.reason, ...layout.labels],
    ]
    for (const row of rows) {
      const problems = bySheetRow.get(`${row.sheet}\u0000${row.rowNumber}`) ?? []
      const error = problems.some((problem) => problem.severity === 'error')
      const fields = [...new Set(problems.map((problem) => labels.field(problem.field)))]
      lines.push([
        row.sheet,
        String(row.rowNumber),
        error ? labels.severity.error : labels.severity.warning,
        fields.join('、'),
        problems.map((problem) => labels.reason(problem)).join('；'),
        ...row.cells,
      ])
    }
    const sheet = utils.aoa_to_sheet(lines)
    asText(sheet)
    sheet['!cols'] = lines[0].map((_, i) => ({ wch: i === FIXED_COLUMNS - 1 ? 60 : i < FIXED_COLUMNS ? 10 : 16 }))
    utils.book_append_sheet(workbook, sheet, sheetName(layout.sheet, taken))
  }
  if (workbook.SheetNames.length === 0) utils.book_append_sheet(workbook, utils.aoa_to_sheet([[]]), 'Sheet1')
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}
