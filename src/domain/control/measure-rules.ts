import type { Instant, LocalDate } from '../common/entity'
import type { Problem } from '../common/result'
import { isLocalDate } from '../person/dates'
import type { EpisodeKind } from '../person/person'
import { plusDays } from './calendar'
import type { ControlMeasure, MeasureChange, MeasureSegment, OrderMode, ReleaseReason } from './measure'
import type { MeasureType, RulePack } from './rule-pack'
import { scheduleFor } from './schedule'

/** The start form: which pack, counted from which day, where, ordered how, by whom. */
export interface StartMeasureInput {
  packId: string
  anchorDate: LocalDate
  startDate: LocalDate
  /** The first segment's type when the command post chooses another than the pack's (no room free…). */
  firstType?: MeasureType
  siteId: string
  roomId: string
  orderMode: OrderMode
  responsible: string
}

/** Who is put under the measure. */
export interface MeasureSubject {
  personId: string
  episodeId: string
  villageId: string
  personName: string
  category: EpisodeKind
}

/** A new measure's fields (the repository adds id and stamps), or the problems that refuse it. */
export function planMeasure(
  subject: MeasureSubject,
  pack: RulePack,
  input: StartMeasureInput,
  by: { at: Instant; name: string },
): {
  problems: Problem[]
  measure?: Omit<ControlMeasure, 'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>
} {
  const problems: Problem[] = []
  if (!isLocalDate(input.anchorDate)) problems.push({ field: 'anchorDate', code: 'measure.date' })
  if (!isLocalDate(input.startDate)) problems.push({ field: 'startDate', code: 'measure.date' })
  if (problems.length) return { problems }
  if (input.startDate < input.anchorDate) problems.push({ field: 'startDate', code: 'measure.startBeforeAnchor' })
  const schedule = scheduleFor(pack, subject.category, input.anchorDate)
  if (!schedule) return { problems: [{ field: 'packId', code: 'measure.noRule', params: { pack: pack.name } }] }
  const segments: MeasureSegment[] = schedule.segments.map((s) => ({ ...s, siteId: '', roomId: '' }))
  if (input.firstType) segments[0].type = input.firstType
  segments[0].from = input.startDate < segments[0].from ? input.startDate : segments[0].from
  if (segments[0].type === 'centralized') {
    if (!input.siteId || !input.roomId) problems.push({ field: 'roomId', code: 'measure.roomRequired' })
    segments[0] = { ...segments[0], siteId: input.siteId, roomId: input.roomId }
  }
  if (input.startDate > schedule.plannedEnd) problems.push({ field: 'startDate', code: 'measure.startAfterEnd' })
  if (problems.length) return { problems }
  const inRoom = segments[0].type === 'centralized'
  return {
    problems,
    measure: {
      ...subject,
      packId: pack.id,
      packVersion: pack.version,
      packName: pack.name,
      dayCounting: schedule.dayCounting,
      anchorDate: input.anchorDate,
      startDate: input.startDate,
      segments,
      plannedEnd: schedule.plannedEnd,
      testDates: schedule.testDates.filter((d) => d >= input.startDate),
      orderMode: input.orderMode,
      responsible: input.responsible.trim(),
      status: 'active',
      releasedOn: '',
      releaseReason: '',
      siteId: inRoom ? input.siteId : '',
      roomId: inRoom ? input.roomId : '',
      lastSeenOn: '',
      history: [{ at: by.at, by: by.name, kind: 'start', date: input.startDate, reason: '', detail: pack.name }],
    },
  }
}

function refuseIfReleased(measure: ControlMeasure): Problem[] {
  return measure.status === 'released' ? [{ field: 'status', code: 'measure.released' }] : []
}

function change(measure: ControlMeasure, entry: MeasureChange, next: Partial<ControlMeasure>): ControlMeasure {
  return { ...measure, ...next, history: [...measure.history, entry] }
}

/** 延长 / 缩短: moves the planned end, with a reason; test days after a shortened end are dropped. */
export function changeEnd(
  measure: ControlMeasure,
  newEnd: LocalDate,
  reason: string,
  by: { at: Instant; name: string },
): { problems: Problem[]; measure?: ControlMeasure } {
  const problems = refuseIfReleased(measure)
  if (!isLocalDate(newEnd)) problems.push({ field: 'newEnd', code: 'measure.date' })
  else if (newEnd < measure.startDate) problems.push({ field: 'newEnd', code: 'measure.endBeforeStart' })
  else if (newEnd === measure.plannedEnd) problems.push({ field: 'newEnd', code: 'measure.sameEnd' })
  if (reason.trim() === '') problems.push({ field: 'reason', code: 'measure.reasonRequired' })
  if (problems.length) return { problems }
  const kind = newEnd > measure.plannedEnd ? 'extend' : 'shorten'
  const segments = measure.segments.filter((s) => s.from <= newEnd).map((s) => ({ ...s }))
  segments[segments.length - 1].to = newEnd
  const detail = `${measure.plannedEnd} → ${newEnd}`
  return {
    problems,
    measure: change(
      measure,
      { at: by.at, by: by.name, kind, date: newEnd, reason: reason.trim(), detail },
      { segments, plannedEnd: newEnd, testDates: measure.testDates.filter((d) => d <= newEnd) },
    ),
  }
}

/** The transfer form: from which day, to what, which room when centralized, when the transport left. */
export interface TransferInput {
  date: LocalDate
  toType: MeasureType
  siteId: string
  roomId: string
  /** 转运时间, `HH:MM`. */
  transportTime: string
  reason: string
}

/**
 * 转运: from `date` on the person is under `toType` (home ↔ centralized ↔ hospital) until the end of the
 * segment they were in; later segments stay. Leaving a room checks out of it; entering a site needs a room.
 */
export function transfer(
  measure: ControlMeasure,
  input: TransferInput,
  by: { at: Instant; name: string },
): { problems: Problem[]; measure?: ControlMeasure } {
  const problems = refuseIfReleased(measure)
  if (!isLocalDate(input.date)) problems.push({ field: 'date', code: 'measure.date' })
  else if (input.date < measure.startDate || input.date > measure.plannedEnd)
    problems.push({
      field: 'date',
      code: 'measure.transferOutside',
      params: { from: measure.startDate, to: measure.plannedEnd },
    })
  if (input.toType === 'centralized' && (!input.siteId || !input.roomId))
    problems.push({ field: 'roomId', code: 'measure.roomRequired' })
  if (input.transportTime !== '' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(input.transportTime))
    problems.push({ field: 'transportTime', code: 'measure.time' })
  if (problems.length) return { problems }
  const inRoom = input.toType === 'centralized'
  const segments: MeasureSegment[] = []
  for (const s of measure.segments) {
    if (s.to < input.date) segments.push(s)
    else if (s.from > input.date) segments.push(s)
    else {
      if (s.from < input.date) segments.push({ ...s, to: plusDays(input.date, -1) })
      segments.push({
        type: input.toType,
        from: input.date,
        to: s.to,
        siteId: inRoom ? input.siteId : '',
        roomId: inRoom ? input.roomId : '',
      })
    }
  }
  const from = segmentTypeOn(measure, input.date)
  const detail = `${from} → ${input.toType}${input.transportTime ? ` ${input.transportTime}` : ''}`
  return {
    problems,
    measure: change(
      measure,
      { at: by.at, by: by.name, kind: 'transfer', date: input.date, reason: input.reason.trim(), detail },
      { segments, siteId: inRoom ? input.siteId : '', roomId: inRoom ? input.roomId : '' },
    ),
  }
}

function segmentTypeOn(measure: ControlMeasure, date: LocalDate): MeasureType {
  return (measure.segments.find((s) => s.from <= date && date <= s.to) ?? measure.segments[0]).type
}

/** 解除: ends the measure on a day with a reason; the room is left free. */
export function release(
  measure: ControlMeasure,
  date: LocalDate,
  reason: ReleaseReason,
  note: string,
  by: { at: Instant; name: string },
): { problems: Problem[]; measure?: ControlMeasure } {
  const problems = refuseIfReleased(measure)
  if (!isLocalDate(date)) problems.push({ field: 'date', code: 'measure.date' })
  else if (date < measure.startDate) problems.push({ field: 'date', code: 'measure.releaseBeforeStart' })
  if (problems.length) return { problems }
  return {
    problems,
    measure: change(
      measure,
      { at: by.at, by: by.name, kind: 'release', date, reason, detail: note.trim() },
      { status: 'released', releasedOn: date, releaseReason: reason, siteId: '', roomId: '' },
    ),
  }
}
