import type { LedgerColumnKind, LedgerValue } from './ledger-register'
import type { LedgerTable } from './ledger-table'

// The parts of an Office Open XML workbook (one sheet) as text. Written by hand rather than through SheetJS: a
// 150k-row people ledger took SheetJS 33 s to write, beyond the data pack's whole budget; these strings take a
// second or two. Columns whose texts repeat (性别, 人员类别, 村名, dates) refer to a shared-string table (`t="s"`),
// as Excel itself writes them: a reference is a third of the bytes of an inline string (`t="inlineStr"`), so
// the people ledger's sheet is about half the size to write, encode and deflate. Columns of texts that are all
// different (names, ID numbers) stay inline.

/** Style indexes of styles.xml below. */
const STYLE = { plain: 0, text: 1, title: 2, header: 3, number: 4 } as const

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

/** Text made safe for XML: escaped, and without the control characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  // Most cells (names, dates, codes) need nothing: one test instead of four replacements per cell.
  if (!NEEDS_ESCAPE.test(text)) return text
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

const isTextKind = (kind: LedgerColumnKind) => kind === 'id' || kind === 'phone'

/** Whether a character code is one JavaScript's `\s` matches (the test `xml:space` needs, without a regex). */
function isSpace(code: number): boolean {
  if (code < 0xa0) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * A workbook's shared-string table: every distinct text once, in order of first use; a text cell holds its
 * index. Built while the sheet is written, then written itself as `xl/sharedStrings.xml`.
 */
export interface SharedStrings {
  /** The distinct texts, by index. */
  texts: string[]
  /** Index of each text in `texts`. */
  index: Map<string, number>
  /** Text cells referring to the table (Excel's `count`). */
  uses: number
}

/** An empty shared-string table. */
export function sharedStrings(): SharedStrings {
  return { texts: [], index: new Map(), uses: 0 }
}

/** The index of a text in the table, added when new. */
function sharedIndex(strings: SharedStrings, text: string): number {
  strings.uses++
  let at = strings.index.get(text)
  if (at === undefined) {
    at = strings.texts.length
    strings.texts.push(text)
    strings.index.set(text, at)
  }
  return at
}

/** `<t>` with the text escaped, and `xml:space="preserve"` when it starts or ends with white space. */
function textElement(raw: string): string {
  const text = xmlText(raw)
  const space =
    text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)))
      ? ' xml:space="preserve"'
      : ''
  return `<t${space}>${text}</t>`
}

/**
 * The part of a cell after its reference `<c r="B7`: style, type and value (empty: no cell at all). Style 0
 * is the default and is not written. Text goes to `strings` when given, else inline.
 */
function cellBody(value: LedgerValue, style: number, strings?: SharedStrings): string {
  const styled = style ? `" s="${style}"` : '"'
  if (value === undefined) return style ? `${styled}/>` : ''
  if (typeof value === 'number' && Number.isFinite(value)) return `${styled}><v>${value}</v></c>`
  const text = String(value)
  if (strings) return `${styled} t="s"><v>${sharedIndex(strings, text)}</v></c>`
  return `${styled} t="inlineStr"><is>${textElement(text)}</is></c>`
}

function cell(ref: string, value: LedgerValue, style: number): string {
  const body = cellBody(value, style)
  return body && `<c r="${ref}${body}`
}

/** Display width of a text in Excel's character units (a Chinese character counts two). */
function textWidth(text: string): number {
  let width = 0
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1
  return width
}

/** Whether a column's sampled values repeat: at most half of them distinct. */
function repeats(values: readonly LedgerValue[]): boolean {
  const present = values.filter((v) => v !== undefined)
  return new Set(present).size * 2 <= present.length
}

/** Rows per chunk of {@link sheetXmlChunks}: each chunk is encoded on its own, no 150 MB string is ever made. */
const ROWS_PER_CHUNK = 2000

/**
 * The worksheet XML of a ledger: an optional merged title row, a bold header row (frozen), then the rows. ID and
 * phone columns are text cells with the `@` (text) number format, so Excel and WPS never turn
 * `11010119900101231X` or `13800001111` into numbers or scientific notation; numbers stay numbers. The rows'
 * text goes to `strings` when given (write it with {@link sharedStringsXmlChunks}), else inline.
 */
export function sheetXml(table: LedgerTable, strings?: SharedStrings): string {
  return sheetXmlChunks(table, strings).join('')
}

/**
 * {@link sheetXml} in pieces (the head, slices of {@link ROWS_PER_CHUNK} rows, the tail), in order; joined they
 * are exactly the sheet. A 150k-row people ledger is ~70 MB of XML: written and encoded slice by slice.
 */
export function sheetXmlChunks(table: LedgerTable, strings?: SharedStrings): string[] {
  const letters = table.headers.map((_, i) => columnLetters(i))
  const widths = table.headers.map((h) => Math.max(6, textWidth(h) + 2))
  const sample = table.rows.length > 200 ? table.rows.slice(0, 200) : table.rows
  for (const row of sample)
    row.forEach((v, i) => {
      if (v !== undefined) widths[i] = Math.min(60, Math.max(widths[i], textWidth(String(v)) + 2))
    })
  const styles = table.kinds.map((k) => (isTextKind(k) ? STYLE.text : k === 'number' ? STYLE.number : STYLE.plain))
  const opens = letters.map((letter) => `<c r="${letter}`)
  // Shared only where texts repeat (sex, village, kind, dates): a name or an ID number is written once anyway,
  // and looking each up in the table would only cost time.
  const sharedColumns = table.headers.map((_, i) => strings && repeats(sample.map((row) => row[i])))
  const head: string[] = []
  let r = 1
  if (table.title) {
    head.push(`<row r="1" ht="28" customHeight="1">${cell('A1', table.title, STYLE.title)}</row>`)
    r = 2
  }
  const headerRow = r
  head.push(`<row r="${r}">${table.headers.map((h, i) => cell(`${letters[i]}${r}`, h, STYLE.header)).join('')}</row>`)
  const body: string[] = []
  for (let from = 0; from < table.rows.length; from += ROWS_PER_CHUNK) {
    const lines: string[] = []
    for (const row of table.rows.slice(from, from + ROWS_PER_CHUNK)) {
      r++
      let line = `<row r="${r}">`
      for (let i = 0; i < row.length; i++) {
        const value = row[i]
        if (value !== undefined)
          line += opens[i] + r + cellBody(value, styles[i], sharedColumns[i] ? strings : undefined)
      }
      lines.push(line + '</row>')
    }
    body.push(lines.join(''))
  }
  const last = letters[letters.length - 1] ?? 'A'
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')
  const merge =
    table.title && letters.length > 1 ? `<mergeCells count="1"><mergeCell ref="A1:${last}1"/></mergeCells>` : ''
  const pane = `<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>`
  const start =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<dimension ref="A1:${last}${Math.max(r, 1)}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols>` +
    `<sheetData>${head.join('')}`
  const end =
    `</sheetData>${merge}` +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  return [start, ...body, end]
}

/** `xl/sharedStrings.xml` of a table, in pieces of {@link ROWS_PER_CHUNK} texts. */
export function sharedStringsXmlChunks(strings: SharedStrings): string[] {
  const chunks = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      `count="${strings.uses}" uniqueCount="${strings.texts.length}">`,
  ]
  for (let from = 0; from < strings.texts.length; from += ROWS_PER_CHUNK) {
    let chunk = ''
    for (const text of strings.texts.slice(from, from + ROWS_PER_CHUNK)) chunk += `<si>${textElement(text)}</si>`
    chunks.push(chunk)
  }
  chunks.push('</sst>')
  return chunks
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`. */
export function sheetName(name: string): string {
  return [...name.replace(/[[\]:*?/\\]/g, ' ')].slice(0, 31).join('') || 'Sheet1'
}

/**
 * The fixed parts of a one-sheet workbook, by path; the sheet itself is `xl/worksheets/sheet1.xml`, and the
 * shared strings (with `sharedStrings`) `xl/sharedStrings.xml`.
 */
export function workbookParts(name: string, sharedStrings = false): Record<string, string> {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
  return {
    '[Content_Types].xml':
      head +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      (sharedStrings
        ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        : '') +
      '</Types>',
    '_rels/.rels':
      head +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      head +
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}">` +
      `<sheets><sheet name="${xmlText(sheetName(name))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      head +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/>` +
      (sharedStrings ? `<Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
      '</Relationships>',
    'xl/styles.xml':
      head +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<fonts count="3"><font><sz val="11"/><name val="宋体"/></font>' +
      '<font><b/><sz val="16"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFEFF3F8"/></patternFill></fill></fills>' +
      '<borders count="2"><border/><border><left style="thin"/><right style="thin"/><top style="thin"/>' +
      '<bottom style="thin"/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">' +
      '<alignment horizontal="center" vertical="center"/></xf>' +
      '<xf numFmtId="49" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" ' +
      'applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>' +
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
  }
}
