/** A column of a village sheet that the importer understands. */
export type VillageColumn = 'code' | 'name' | 'urbanRuralClass' | 'population' | 'households'

/** Which 0-based column index holds each understood column; absent when the sheet has no such column. */
export type VillageColumns = Partial<Record<VillageColumn, number>>

/** Where a sheet's header sits and what it maps. */
export interface SheetHeader {
  /** 0-based index of the first header row (the upper row of a two-row header). */
  firstRowIndex: number
  /** 0-based index of the last header row: data starts on the row after it. */
  lastRowIndex: number
  columns: VillageColumns
}

/** The header must start within this many rows: a title row or two above it is normal, more is not a header. */
export const HEADER_SEARCH_ROWS = 10

// Written in normalized form (see normalizeHeader): no spaces, no brackets, lower case.
const ALIASES: Record<VillageColumn, string[]> = {
  code: [
    '统计用区划代码',
    '区划代码',
    '代码',
    '编码',
    'code',
    '行政区划代码',
    '统计代码',
    '区划编码',
    '村社区代码',
    '村代码',
    '社区代码',
    '村居代码',
  ],
  name: [
    '名称',
    '村名',
    '村社区名称',
    '村居名称',
    '单位名称',
    'name',
    '村名称',
    '社区名称',
    '村社区',
    '村居委会名称',
    '村委会名称',
    '行政村名称',
    '行政村',
  ],
  urbanRuralClass: ['城乡分类代码', '城乡分类', '分类代码', '城乡划分代码', '城乡属性代码'],
  population: ['人口', '户籍人口', '常住人口', '人口数', '总人口', '户籍人口数', '常住人口数', '人数'],
  households: ['户数', '总户数', '户籍户数', '常住户数'],
}

const BRACKETS = /[()[\]【】〔〕<>《》]/g
// A unit or remark in brackets at the end, e.g. 人口（人）, 统计用区划代码（12位）.
const TRAILING_REMARK = /\([^()]*\)$/

/**
 * Reduces a header cell to a comparable form: NFKC (full-width brackets, letters and digits become half-width),
 * no whitespace, no required-field stars or colons, lower case.
 */
export function normalizeHeader(cell: unknown): string {
  return String(cell ?? '')
    .normalize('NFKC')
    .replace(/[\s*:/、]/g, '')
    .toLowerCase()
}

/**
 * A function naming the understood column of a header cell, for a sheet kind's aliases (written as
 * {@link normalizeHeader} leaves them, brackets removed). Exact match after normalizing, so a title row never
 * matches; a trailing remark in brackets (人口（人）, 身份证号码（18位）) is allowed.
 */
export function headerMatcher<C extends string>(aliases: Record<C, string[]>): (cell: unknown) => C | undefined {
  const byAlias = new Map<string, C>(
    (Object.entries(aliases) as Array<[C, string[]]>).flatMap(([column, names]) =>
      names.map((name) => [name, column] as [string, C]),
    ),
  )
  return (cell) => {
    const label = normalizeHeader(cell)
    if (label === '') return undefined
    const exact = byAlias.get(label.replace(BRACKETS, ''))
    if (exact) return exact
    const withoutRemark = label.replace(TRAILING_REMARK, '')
    return withoutRemark === label || withoutRemark === ''
      ? undefined
      : byAlias.get(withoutRemark.replace(BRACKETS, ''))
  }
}

/** The columns a row names: the first column of a meaning wins (常住人口 before 户籍人口; 手机号码 before a relative's 联系电话). */
export function columnsOfRowWith<C extends string>(
  row: unknown[] | undefined,
  matcher: (cell: unknown) => C | undefined,
): Partial<Record<C, number>> {
  const columns: Partial<Record<C, number>> = {}
  ;(row ?? []).forEach((cell, index) => {
    const column = matcher(cell)
    if (column && columns[column] === undefined) columns[column] = index
  })
  return columns
}

/** The understood column a village-sheet header cell names, if any. */
export const columnOfHeader: (cell: unknown) => VillageColumn | undefined = headerMatcher(ALIASES)

function columnsOfRow(row: unknown[] | undefined): VillageColumns {
  return columnsOfRowWith(row, columnOfHeader)
}

function countOf(columns: VillageColumns): number {
  return Object.keys(columns).length
}

/** Adds the lower row's columns that the upper row lacks: the sub-headers under a merged group cell (人口情况 → 户数, 人口). */
function mergeLowerRow(upper: VillageColumns, lower: VillageColumns): VillageColumns {
  const merged: VillageColumns = { ...upper }
  const used = new Set(Object.values(upper))
  for (const [column, index] of Object.entries(lower) as Array<[VillageColumn, number]>) {
    if (merged[column] === undefined && !used.has(index)) merged[column] = index
  }
  return merged
}

/**
 * Finds the header within the first {@link HEADER_SEARCH_ROWS} rows: the row (or pair of rows, for a merged
 * two-row header) that names the most understood columns. A title row above it is passed over. Returns
 * undefined when no row names any understood column.
 */
export function findSheetHeader(rows: unknown[][]): SheetHeader | undefined {
  let best: SheetHeader | undefined
  let bestCount = 0
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const single = columnsOfRow(rows[index])
    if (countOf(single) === 0) continue
    const combined = mergeLowerRow(single, columnsOfRow(rows[index + 1]))
    const twoRows = countOf(combined) > countOf(single)
    const candidate = twoRows ? combined : single
    // Strictly more: on a tie the earlier header wins, so a data row never outranks the header above it.
    if (countOf(candidate) > bestCount) {
      bestCount = countOf(candidate)
      best = { firstRowIndex: index, lastRowIndex: twoRows ? index + 1 : index, columns: candidate }
    }
  }
  return best
}
