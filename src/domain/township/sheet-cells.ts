import { URBAN_RURAL_CLASSES } from './village'

/** What a cell yielded: a value (undefined when the cell is blank and the value is unknown), or the text refused. */
export type CellReading<T> = { ok: true; value: T } | { ok: false; raw: string }

/** The text of a cell, trimmed (full-width spaces too); empty for null and undefined. */
export function cellText(cell: unknown): string {
  return String(cell ?? '').trim()
}

/** True when every one of the given cells of a row is blank. */
export function cellsAreBlank(row: unknown[] | undefined, indexes: number[]): boolean {
  return indexes.every((index) => cellText(row?.[index]) === '')
}

/**
 * Unwraps the tricks people use to keep a code as text: a leading apostrophe (`'511826100201`) and the CSV
 * formula form (`="511826100201"`). Anything else is returned unchanged.
 */
export function unwrapTextCell(cell: unknown): unknown {
  if (typeof cell !== 'string') return cell
  const text = cell.trim()
  const formula = /^="(.*)"$/.exec(text)
  if (formula) return formula[1]
  return text.startsWith("'") ? text.slice(1) : cell
}

// "—", "-", "/" mean "no figure" in Chinese statistical tables: unknown, not zero.
const NO_FIGURE = /^[-—–/]+$/
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.0+)?$/
const UNIT = /(人口|人|户|口)$/

/**
 * Reads a count (population 人口, households 户数) from a number or text such as `1,234`, `1234人`, `1234.0`.
 * A blank cell, or a dash, is an unknown count (undefined), never 0. Anything else that is not a non-negative
 * whole number is refused.
 */
export function readWholeNumber(cell: unknown): CellReading<number | undefined> {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 0 ? { ok: true, value: cell } : { ok: false, raw: String(cell) }
  }
  const raw = cellText(cell)
  let text = raw.normalize('NFKC').replace(/\s/g, '').replace(UNIT, '')
  if (raw === '' || NO_FIGURE.test(text)) return { ok: true, value: undefined }
  if (THOUSANDS.test(text)) text = text.replace(/,/g, '')
  const digits = /^(\d+)(\.0+)?$/.exec(text)
  return digits ? { ok: true, value: Number(digits[1]) } : { ok: false, raw }
}

/**
 * Reads a 城乡分类代码 (three digits, one of {@link URBAN_RURAL_CLASSES}) from a number or text; a blank cell
 * is an unknown class (empty string).
 */
export function readUrbanRuralClass(cell: unknown): CellReading<string> {
  const raw = cellText(cell)
  const text = raw.normalize('NFKC').replace(/\s/g, '').replace(/\.0+$/, '')
  if (text === '') return { ok: true, value: '' }
  return Object.hasOwn(URBAN_RURAL_CLASSES, text) ? { ok: true, value: text } : { ok: false, raw }
}
