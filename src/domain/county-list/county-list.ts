import type { Instant, LocalDate, Retirable, Stamped } from '../common/entity'

/** 核查结果: what the township found for one row of a list the county pushed down. */
export type VerificationResult =
  | 'already-screened' // 前期已排查
  | 'wrong-information' // 信息有误
  | 'missed-now-registered' // 漏排（已补登）
  | 'not-living-here' // 不在本地居住
  | 'outside-window' // 超过排查期
  | 'passing-through' // 途经未停留

/** Every verification result, in the order the screens and the feedback list them. */
export const VERIFICATION_RESULTS: readonly VerificationResult[] = [
  'already-screened',
  'wrong-information',
  'missed-now-registered',
  'not-living-here',
  'outside-window',
  'passing-through',
]

/** The county's words for each result: written into the feedback workbook whatever the screen language. */
export const VERIFICATION_RESULT_NAMES: Record<VerificationResult, string> = {
  'already-screened': '前期已排查',
  'wrong-information': '信息有误',
  'missed-now-registered': '漏排（已补登）',
  'not-living-here': '不在本地居住',
  'outside-window': '超过排查期',
  'passing-through': '途经未停留',
}

/** The columns of a county list the app understands, as indexes into its headers. */
export interface CountyListColumns {
  name?: number
  documentNumber?: number
  phone?: number
  /** 所属村（社区）, when the county already says which village. */
  village?: number
  /** 现居住地 / 现住址: used to place a row in a village when nothing better is known. */
  address?: number
}

/** 协查函 / 大数据比对 push list: a sheet the county sent down, kept with its own columns. */
export interface CountyList extends Stamped, Retirable {
  /** `cls_<ulid>` */
  id: string
  /** e.g. 县指挥部〔2022〕15号 协查函 */
  title: string
  /** Where it came from: big-data match, assistance letter, railway station handover… */
  source: string
  receivedOn: LocalDate
  /** Feedback due (the county's deadline), or ''. */
  dueOn: LocalDate
  fileName: string
  /** The county's headers in their order: the feedback export repeats them and appends the result columns. */
  headers: string[]
  /** Which header holds the name, the document number, the phone, the village, the address, when found. */
  columns: CountyListColumns
  rowCount: number
}

/**
 * How a row was linked to the register: by document number, by name + phone, by registering the person from the
 * row (漏排补登), or not at all.
 */
export type RowMatch = 'document' | 'name-phone' | 'registered' | 'none'

/** One row of a county list, with its match in the register and its verification. */
export interface CountyListRow extends Stamped {
  /** `clr_<ulid>` */
  id: string
  listId: string
  /** 1-based row number in the county's sheet. */
  rowNumber: number
  /** The county's cells as text, in header order. */
  cells: string[]
  name: string
  documentNumber: string
  phone: string
  /** Matched person, or ''. */
  personId: string
  match: RowMatch
  /** Village the row is assigned to for verification, or ''. */
  villageId: string
  /** '' while not yet verified. */
  result: VerificationResult | ''
  note: string
  verifiedAt?: Instant
  /** User id of who recorded the result. */
  verifiedBy?: string
  /** Their name at the time: the feedback's 核查人 column. */
  verifiedByName?: string
}
