// The parts of an Office Open XML workbook (one sheet). Written by hand rather than through SheetJS: a 150k-row
// people ledger took SheetJS 33 s to write, beyond the data pack's whole budget; the sheet itself is written as
// bytes in xlsx-sheet.ts. Columns whose texts repeat (性别, 人员类别, 村名, dates) refer to a shared-string table (`t="s"`),
// as Excel itself writes them: a reference is a third of the bytes of an inline string (`t="inlineStr"`), so
// the people ledger's sheet is about half the size to write, encode and deflate. Columns of texts that are all
// different (names, ID numbers) stay inline.

/** Style indexes of styles.xml below. */
export const STYLE = { plain: 0, text: 1, title: 2, header: 3, number: 4 } as const

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
export function sharedIndex(strings: SharedStrings, text: string): number {
  strings.uses++
  let at = strings.index.get(text)
  if (at === undefined) {
    at = strings.texts.length
    strings.texts.push(text)
    strings.index.set(text, at)
  }
  return at
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
