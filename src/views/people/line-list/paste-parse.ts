/**
 * Reads delimited text into rows of cells, as Excel, WPS and CSV files write it: a cell that starts with `"` is
 * quoted and may hold the delimiter, line breaks and `""` for a quote; rows end with CRLF, LF or CR; a final
 * line break does not make an empty row. Text after a quoted cell's closing quote is kept, as a lenient reader.
 */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let fresh = true
  let i = 0
  const endCell = () => {
    row.push(cell)
    cell = ''
    fresh = true
  }
  while (i < text.length) {
    const ch = text[i++]
    if (ch === '"' && fresh) {
      // A quoted cell: `""` is a quote; the next single quote ends the quoting (text after it is kept as typed).
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break
          i++
        }
        cell += text[i++]
      }
      i++
      fresh = false
    } else if (ch === delimiter) endCell()
    else if (ch === '\r' || ch === '\n') {
      endCell()
      rows.push(row)
      row = []
      if (ch === '\r' && text[i] === '\n') i++
    } else {
      cell += ch
      fresh = false
    }
  }
  if (!fresh || row.length > 0) {
    endCell()
    rows.push(row)
  }
  return rows
}

function looksLikeCsv(text: string): boolean {
  const rows = parseDelimited(text, ',')
  if (rows.length === 1) return rows[0].length >= 4
  return rows.length > 1 && rows[0].length >= 2 && rows.every((r) => r.length === rows[0].length)
}

/**
 * Clipboard text as a block of cells: tab-separated (what Excel and WPS copy), or comma-separated when there is
 * no tab and every line has the same number of commas (a CSV file opened in a text editor). Anything else is one
 * column, one cell per line, so a phone cell `138…,139…` pasted alone stays one cell.
 */
export function parseClipboard(text: string): string[][] {
  if (text === '') return []
  if (text.includes('\t')) return parseDelimited(text, '\t')
  if (looksLikeCsv(text)) return parseDelimited(text, ',')
  return parseDelimited(text, '\t')
}

/** Cells as Excel copies them: tab-separated, CRLF-terminated, cells with a tab, line break or quote quoted. */
export function toClipboardText(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
  return rows.map((row) => row.map(quote).join('\t') + '\r\n').join('')
}
