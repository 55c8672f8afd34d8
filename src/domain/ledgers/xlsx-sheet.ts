import type { LedgerColumnKind, LedgerValue } from './ledger-register'
import type { LedgerTable } from './ledger-table'
import { columnLetters, sharedIndex, STYLE, type SharedStrings } from './xlsx-parts'
import { edgesAreSpace, utf8, XmlBytes } from './xml-bytes'

// The worksheet and shared-string parts of a ledger's workbook, written as UTF-8 bytes (xml-bytes.ts): a
// 150k-row people ledger is ~100 MB of sheet XML.

const isTextKind = (kind: LedgerColumnKind) => kind === 'id' || kind === 'phone'

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

/** The markup of a text cell's ends, made once. */
const MARKUP = {
  shared: utf8(' t="s"><v>'),
  sharedEnd: utf8('</v></c>'),
  inline: utf8(' t="inlineStr"><is><t>'),
  inlinePreserve: utf8(' t="inlineStr"><is><t xml:space="preserve">'),
  inlineEnd: utf8('</t></is></c>'),
  number: utf8('><v>'),
  rowStart: utf8('<row r="'),
  rowOpen: utf8('">'),
  rowEnd: utf8('</row>'),
  siStart: utf8('<si><t>'),
  siPreserve: utf8('<si><t xml:space="preserve">'),
  siEnd: utf8('</t></si>'),
}

/** A column's markup after a cell's reference: its style attribute joined once to each kind of value's opening. */
interface CellMarkup {
  number: Uint8Array
  shared: Uint8Array
  inline: Uint8Array
  inlinePreserve: Uint8Array
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

/** The markup of a column's cells in a style: `" s="1"` (or `"` for style 0) and each value's opening. */
function cellMarkup(style: number): CellMarkup {
  const styled = utf8(style ? `" s="${style}"` : '"')
  return {
    number: joined(styled, MARKUP.number),
    shared: joined(styled, MARKUP.shared),
    inline: joined(styled, MARKUP.inline),
    inlinePreserve: joined(styled, MARKUP.inlinePreserve),
  }
}

/**
 * Writes one cell `<c r="{ref}{row}" …>` (`row`: the row number's digits) in its column's markup, with its value
 * and type: a finite number as a number, text through `strings` when given, else inline. Empty values make no
 * cell: callers skip them.
 */
function writeCell(
  out: XmlBytes,
  open: Uint8Array,
  row: Uint8Array,
  markup: CellMarkup,
  value: string | number,
  strings: SharedStrings | undefined,
): void {
  out.bytes(open)
  out.bytes(row)
  if (typeof value === 'number' && Number.isFinite(value)) {
    out.bytes(markup.number)
    out.number(value)
    return out.bytes(MARKUP.sharedEnd)
  }
  const text = String(value)
  if (strings) {
    out.bytes(markup.shared)
    out.number(sharedIndex(strings, text))
    return out.bytes(MARKUP.sharedEnd)
  }
  out.bytes(edgesAreSpace(text) ? markup.inlinePreserve : markup.inline)
  out.text(text)
  out.bytes(MARKUP.inlineEnd)
}

/** Rows written before a sheet's whole size is estimated from them. */
const ESTIMATE_AFTER_ROWS = 1000

/**
 * The worksheet XML of a ledger as UTF-8: an optional merged title row, a bold header row (frozen), then the
 * rows. ID and phone columns are text cells with the `@` (text) number format, so Excel and WPS never turn
 * `11010119900101231X` or `13800001111` into numbers or scientific notation; numbers stay numbers. Columns
 * whose texts repeat (性别, 人员类别, 村名, dates) go to `strings` when given (write it with
 * {@link sharedStringsXmlBytes}); names and ID numbers, all different, stay inline.
 */
export function sheetXmlBytes(table: LedgerTable, strings?: SharedStrings): Uint8Array<ArrayBuffer> {
  const letters = table.headers.map((_, i) => columnLetters(i))
  const widths = table.headers.map((h) => Math.max(6, textWidth(h) + 2))
  const sample = Array.from({ length: Math.min(table.rows.length, 200) }, (_, r) => table.rows.at(r, []))
  for (const row of sample)
    row.forEach((v, i) => {
      if (v !== undefined) widths[i] = Math.min(60, Math.max(widths[i], textWidth(String(v)) + 2))
    })
  const opens = letters.map((letter) => utf8(`<c r="${letter}`))
  const markups = table.kinds.map((k) =>
    cellMarkup(isTextKind(k) ? STYLE.text : k === 'number' ? STYLE.number : STYLE.plain),
  )
  // Shared only where texts repeat (sex, village, kind, dates): a name or an ID number is written once anyway,
  // and looking each up in the table would only cost time.
  const shared = table.headers.map((_, i) => (strings && repeats(sample.map((row) => row[i])) ? strings : undefined))
  const headerRow = table.title ? 2 : 1
  const last = letters[letters.length - 1] ?? 'A'
  const lastRow = headerRow + table.rows.length
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')
  const pane = `<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>`
  const out = new XmlBytes()
  out.bytes(
    utf8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        `<dimension ref="A1:${last}${lastRow}"/>` +
        `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
        `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`,
    ),
  )
  if (table.title) {
    out.bytes(utf8('<row r="1" ht="28" customHeight="1">'))
    writeCell(out, utf8('<c r="A'), digitsOf(1), cellMarkup(STYLE.title), table.title, undefined)
    out.bytes(MARKUP.rowEnd)
  }
  const headerMarkup = cellMarkup(STYLE.header)
  const headerDigits = digitsOf(headerRow)
  writeRowStart(out, headerDigits)
  table.headers.forEach((h, i) => writeCell(out, opens[i], headerDigits, headerMarkup, h, undefined))
  out.bytes(MARKUP.rowEnd)
  let r = headerRow
  const headBytes = out.length
  const row: LedgerValue[] = []
  for (let at = 0; at < table.rows.length; at++) {
    table.rows.at(at, row)
    r++
    // A big sheet's size, told from its first rows (and a tenth more): written into one buffer, not grown.
    if (r - headerRow === ESTIMATE_AFTER_ROWS)
      out.reserve(Math.ceil((((out.length - headBytes) / ESTIMATE_AFTER_ROWS) * (table.rows.length - r) + 4096) * 1.1))
    // The row number's digits once for the row's 17 cells.
    const digits = digitsOf(r)
    writeRowStart(out, digits)
    for (let i = 0; i < row.length; i++) {
      const value = row[i]
      if (value !== undefined) writeCell(out, opens[i], digits, markups[i], value, shared[i])
    }
    out.bytes(MARKUP.rowEnd)
  }
  const merge =
    table.title && letters.length > 1 ? `<mergeCells count="1"><mergeCell ref="A1:${last}1"/></mergeCells>` : ''
  out.bytes(
    utf8(
      `</sheetData>${merge}` +
        '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        '</worksheet>',
    ),
  )
  return out.finish()
}

/** A row number's digits (ASCII). */
function digitsOf(n: number): Uint8Array {
  const text = String(n)
  const out = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i)
  return out
}

function writeRowStart(out: XmlBytes, row: Uint8Array): void {
  out.bytes(MARKUP.rowStart)
  out.bytes(row)
  out.bytes(MARKUP.rowOpen)
}

/** {@link sheetXmlBytes} as a string (tests, small sheets). */
export function sheetXml(table: LedgerTable, strings?: SharedStrings): string {
  return new TextDecoder().decode(sheetXmlBytes(table, strings))
}

/** `xl/sharedStrings.xml` of a table as UTF-8: every text once, in index order. */
export function sharedStringsXmlBytes(strings: SharedStrings): Uint8Array<ArrayBuffer> {
  const out = new XmlBytes()
  out.bytes(
    utf8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        `count="${strings.uses}" uniqueCount="${strings.texts.length}">`,
    ),
  )
  for (const text of strings.texts) {
    out.bytes(edgesAreSpace(text) ? MARKUP.siPreserve : MARKUP.siStart)
    out.text(text)
    out.bytes(MARKUP.siEnd)
  }
  out.bytes(utf8('</sst>'))
  return out.finish()
}

/** {@link sharedStringsXmlBytes} as a string (tests). */
export function sharedStringsXml(strings: SharedStrings): string {
  return new TextDecoder().decode(sharedStringsXmlBytes(strings))
}
