/** The columns of the line list (列表录入), in screen order. */
export const LINE_LIST_COLUMNS = [
  'name',
  'documentType',
  'documentNumber',
  'sex',
  'birthDate',
  'phones',
  'village',
  'grid',
  'address',
  'kind',
  'origin',
  'departureDate',
  'arrivalDate',
  'transport',
  'transportNumber',
  'healthCode',
  'nucleicAcidDate',
  'nucleicAcidResult',
  'notes',
] as const

/** One column of the line list. */
export type LineListColumn = (typeof LINE_LIST_COLUMNS)[number]

/** Column index of a column key. */
export const COLUMN_INDEX = Object.fromEntries(LINE_LIST_COLUMNS.map((c, i) => [c, i])) as Record<
  LineListColumn,
  number
>

// Header texts seen on the sheets villages keep, normalised (see headerKey). A pasted block whose first row
// names these is mapped by name, whatever the column order.
const HEADER_ALIASES: Record<LineListColumn, string[]> = {
  name: ['姓名', '名字', '人员姓名'],
  documentType: ['证件类型', '证件种类'],
  documentNumber: ['证件号码', '证件号', '身份证号', '身份证号码', '身份证', '公民身份号码'],
  sex: ['性别'],
  birthDate: ['出生日期', '出生年月', '出生年月日', '生日'],
  phones: ['联系电话', '电话', '电话号码', '手机', '手机号', '手机号码', '联系方式'],
  village: ['所属村(社区)', '所属村', '村(社区)', '所在村', '村', '社区', '村名', '所属村社区'],
  grid: ['网格', '所属网格', '组', '村民小组', '所属组', '组别', '网格组'],
  address: ['现住址', '现居住地', '现居住地址', '居住地址', '住址', '详细地址', '家庭住址'],
  kind: ['人员类别', '人员类型', '类别', '类型'],
  origin: ['从何地来', '从何地返回', '从何地返乡', '来源地', '返回地', '出发地', '来自', '从何处来'],
  departureDate: ['出发日期', '出发时间', '离开日期', '离开时间', '启程日期'],
  arrivalDate: ['抵达日期', '抵达时间', '到达日期', '到达时间', '返回日期', '返回时间', '返乡日期', '返乡时间'],
  transport: ['交通方式', '交通工具', '出行方式'],
  transportNumber: ['车次/航班', '车次/航班/车牌', '车次', '航班', '航班号', '车次航班', '车牌', '车牌号'],
  healthCode: ['健康码', '健康码颜色', '健康码状态'],
  nucleicAcidDate: ['核酸日期', '核酸检测日期', '核酸检测时间', '采样日期', '核酸采样日期', '核酸时间'],
  nucleicAcidResult: ['核酸结果', '核酸检测结果', '检测结果', '核酸'],
  notes: ['备注', '说明'],
}

/** A header cell reduced to what matters: half-width, no spaces, no `*` or trailing colon. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s*:]/g, '')
    .replace(/[（【]/g, '(')
    .replace(/[）】]/g, ')')
}

const BY_HEADER = new Map<string, LineListColumn>(
  LINE_LIST_COLUMNS.flatMap((column) => HEADER_ALIASES[column].map((alias) => [headerKey(alias), column] as const)),
)

/** The column a header text names, also when a note in brackets follows (`身份证号(必填)`), or undefined. */
export function columnOfHeader(text: string): LineListColumn | undefined {
  const key = headerKey(text)
  return BY_HEADER.get(key) ?? BY_HEADER.get(key.replace(/\([^)]*\)$/, ''))
}

/**
 * The columns a pasted first row names, when it is a header row: at least two cells name a column and they are
 * at least half of its non-blank cells. Undefined when the row is data.
 */
export function headerColumns(row: readonly string[]): (LineListColumn | undefined)[] | undefined {
  const columns = row.map(columnOfHeader)
  const named = columns.filter(Boolean).length
  const filled = row.filter((cell) => cell.trim() !== '').length
  return named >= 2 && named * 2 >= filled ? columns : undefined
}
