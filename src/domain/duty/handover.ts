import type { Instant, LocalDate, Stamped } from '../common/entity'

/** An officer signing in for a shift with their own credentials 到岗签到. */
export interface ShiftSignIn {
  staffId: string
  name: string
  at: Instant
  /** Minutes after the shift start; 0 or less is on time. */
  minutesLate: number
}

/** 待办事项: something the shift has to do or pass on. Unfinished items move to the next shift at handover. */
export interface OpenItem {
  id: string
  text: string
  done: boolean
  /** The shift (`<date>|<key>`) the item was first written on, when it was carried over. */
  carriedFrom?: string
}

/** A signature on a handover, given with the signer's own password. */
export interface HandoverSignature {
  staffId: string
  name: string
  at: Instant
}

/** 交接班记录: drafted from what the shift recorded, edited by the outgoing officer, confirmed by both. */
export interface Handover {
  text: string
  outgoing?: HandoverSignature
  incoming?: HandoverSignature
}

/** What one shift recorded: sign-ins, notes, open items and the handover. Id `<date>|<shift key>`. */
export interface DutyShiftRecord extends Stamped {
  id: string
  date: LocalDate
  shiftKey: string
  signIns: ShiftSignIn[]
  notes: string
  items: OpenItem[]
  handover?: Handover
}

/** The record id of a shift. */
export function shiftRecordId(date: LocalDate, shiftKey: string): string {
  return `${date}|${shiftKey}`
}

/** Minutes from the shift's start to a sign-in, rounded down; negative when early. */
export function minutesLate(at: Instant, shiftStart: Instant): number {
  return Math.floor((at - shiftStart) / 60_000)
}

/** Where a shift's sign-in stands for the screen: signed in (on time or late), not yet due, or missing. */
export function signInState(
  record: DutyShiftRecord | undefined,
  staffId: string,
  shiftStart: Instant,
  now: Instant,
  lateAfterMinutes: number,
): 'onTime' | 'late' | 'waiting' | 'missing' {
  const signIn = record?.signIns.find((s) => s.staffId === staffId)
  if (signIn) return signIn.minutesLate > lateAfterMinutes ? 'late' : 'onTime'
  return minutesLate(now, shiftStart) > lateAfterMinutes ? 'missing' : 'waiting'
}

/** One part of a drafted handover, from one source (this screen's notes; later the wartime log). */
export interface HandoverSection {
  title: string
  lines: string[]
}

/** The handover text drafted from sections: a title line, then the lines, each section separated by a blank line. */
export function draftHandoverText(sections: readonly HandoverSection[]): string {
  return sections
    .filter((s) => s.lines.length > 0)
    .map((s) => [`【${s.title}】`, ...s.lines.map((line, i) => `${i + 1}. ${line}`)].join('\n'))
    .join('\n\n')
}

/** The items the next shift inherits: the unfinished ones, marked with the shift they came from. */
export function carryOver(record: DutyShiftRecord): OpenItem[] {
  return record.items.filter((i) => !i.done).map((i) => ({ ...i, carriedFrom: i.carriedFrom ?? record.id }))
}
