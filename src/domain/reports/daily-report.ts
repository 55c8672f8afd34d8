import type { Instant, LocalDate, Stamped } from '../common/entity'

/** One figure of the report, with the wording it is printed with (the snapshot keeps the words it was signed with). */
export interface FigureLine {
  key: string
  /** 例如 “新增排查” */
  label: string
  value: number
  /** 人, 次, 件, 种 */
  unit: string
  /** True when a non-zero value means something new happened in the window (it rules out a zero report). */
  news: boolean
}

/** A group of figures, printed as one paragraph: screenings, control, health, tests, county lists, supplies, orders. */
export interface FigureGroup {
  key: string
  /** 例如 “人员排查” */
  title: string
  lines: FigureLine[]
}

/** One row of the table by village 分村情况: the village and its value per column. */
export interface VillageFigureRow {
  villageId: string
  villageName: string
  values: Record<string, number>
}

/** The pre-filled figures of a report, as computed when the clerk last refreshed them. */
export interface ReportFigures {
  groups: FigureGroup[]
  /** Columns of the table by village, in order. */
  villageColumns: { key: string; label: string }[]
  villages: VillageFigureRow[]
  computedAt: Instant
}

/** 日报 (something to report) or 零报告 (nothing new in the window). */
export type ReportKind = 'daily' | 'zero'

/** A signature or a confirmation: who, as whom, when. */
export interface ReportSignature {
  userId: string
  name: string
  at: Instant
}

/** The narrative parts the clerk writes (pre-filled from the log): 工作开展情况, 存在问题, 下步工作. */
export interface ReportNarrative {
  /** 一段总体情况；零报告时为零报告用语。 */
  summary: string
  workDone: string
  problems: string
  nextSteps: string
}

/** A draft may still change; a submitted report is frozen (a correction is a new version, an amendment). */
export type ReportStatus = 'draft' | 'submitted'

/**
 * 日报 / 零报告: the township's report for one statistics window, by the clerk (填报), checked by a reviewer (审核)
 * and confirmed by the leader on duty (带班领导签发). Version 1 is the original; a later correction is version 2,
 * 3… (更正), each pointing at the version it amends, and the originals stay as they were.
 */
export interface DailyReport extends Stamped, ReportNarrative {
  id: string
  /** The day the window ends on and the report is due, `YYYY-MM-DD`. */
  reportDate: LocalDate
  /** 1 for the original, then 2, 3… for amendments. */
  version: number
  /** The version this one corrects (amendments only). */
  amends?: string
  /** Why the submitted version is being corrected (amendments only). */
  amendReason?: string
  kind: ReportKind
  status: ReportStatus
  townshipName: string
  /** [from, to) of the statistics window, and the deadline. */
  windowFrom: Instant
  windowTo: Instant
  deadline: Instant
  figures: ReportFigures
  /** 填报人: the clerk who signs the content; signing locks it until the signature is withdrawn. */
  preparedBy?: ReportSignature
  /** 审核人 */
  reviewedBy?: ReportSignature
  /** 带班领导 (签发) */
  approvedBy?: ReportSignature
  submittedAt?: Instant
  submittedBy?: string
}

/** What the report screen shows next to a report: where it is in its flow. */
export type ReportStage = 'writing' | 'signed' | 'reviewed' | 'approved' | 'submitted'

/** Where a report is: being written, signed by the clerk, reviewed, confirmed by the leader, submitted. */
export function reportStage(report: DailyReport): ReportStage {
  if (report.status === 'submitted') return 'submitted'
  if (report.approvedBy) return 'approved'
  if (report.reviewedBy) return 'reviewed'
  if (report.preparedBy) return 'signed'
  return 'writing'
}

/** The narrative fields, in the order the form and the bulletin show them. */
export const NARRATIVE_FIELDS: readonly (keyof ReportNarrative)[] = ['summary', 'workDone', 'problems', 'nextSteps']

/** Longest narrative part accepted (characters): a bulletin, not a book. */
export const NARRATIVE_MAX = 4000
