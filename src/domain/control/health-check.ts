import type { LocalDate, Stamped } from '../common/entity'
import type { Problem } from '../common/result'
import { isLocalDate } from '../person/dates'
import { isFever, readTemperature } from '../person/temperature'
import { plusDays } from './calendar'
import type { ControlMeasure } from './measure'

/** Go.Data's follow-up statuses: 已见·正常, 已见·异常, 失访 (tried, not reached), 未随访 (not tried). */
export type CheckStatus = 'seen-ok' | 'seen-not-ok' | 'missed' | 'not-attempted'

/** The symptoms the daily check asks about: 发热, 干咳, 乏力, 咽痛, 嗅（味）觉减退, 腹泻. */
export const SYMPTOMS = ['fever', 'dry-cough', 'fatigue', 'sore-throat', 'smell-taste', 'diarrhoea'] as const

/** One of {@link SYMPTOMS}. */
export type Symptom = (typeof SYMPTOMS)[number]

/** 健康监测: one person's check on one day (one row per measure and day; a later entry corrects it). */
export interface HealthCheck extends Stamped {
  /** `hck_<ulid>` */
  id: string
  measureId: string
  personId: string
  villageId: string
  date: LocalDate
  /** 上午 / 下午 体温 ℃, one decimal; undefined when not taken. */
  morning?: number
  afternoon?: number
  /** 复测 after a fever reading. */
  recheck?: number
  symptoms: Symptom[]
  status: CheckStatus
  /** Who checked: the grid member or doctor who reported. */
  checkedBy: string
  /** The date lies outside the measure's dates: kept, and marked. */
  outsideMeasure: boolean
  /** Present (the date) only when a reading was a fever: a sparse index lists fevers by day. */
  feverOn?: LocalDate
}

/** What the grid's row supplies: temperatures as typed (`36.5`, `36.5℃`, `正常`, or empty). */
export interface CheckInput {
  measureId: string
  date: LocalDate
  morning: string
  afternoon: string
  recheck: string
  symptoms: Symptom[]
  status: CheckStatus
  checkedBy: string
}

/** A checked entry: temperatures read, fever found, or problems that refuse it. */
export interface ReadCheck {
  problems: Problem[]
  morning?: number
  afternoon?: number
  recheck?: number
  fever: boolean
}

function temperature(raw: string, field: string, problems: Problem[]): number | undefined {
  if (raw.trim() === '') return undefined
  const reading = readTemperature(raw)
  if (reading.ok) return reading.celsius
  problems.push({ field, code: 'check.temperature', params: { value: raw.trim() } })
  return undefined
}

/**
 * Reads a grid row: each temperature must be a plausible body temperature (34.0–42.5 ℃, one decimal; `3.65`
 * and `365` are refused, "正常" counts as no figure). A fever is any reading ≥ 37.3 ℃ — the re-measurement
 * is recorded beside it, never instead. A person seen needs at least a temperature or a symptom; a seen-OK
 * person with a fever is refused as contradictory.
 */
export function readCheck(input: CheckInput): ReadCheck {
  const problems: Problem[] = []
  if (!isLocalDate(input.date)) problems.push({ field: 'date', code: 'measure.date' })
  const morning = temperature(input.morning, 'morning', problems)
  const afternoon = temperature(input.afternoon, 'afternoon', problems)
  const recheck = temperature(input.recheck, 'recheck', problems)
  const fever = [morning, afternoon, recheck].some((t) => t !== undefined && isFever(t))
  if (input.status === 'seen-ok' && (fever || input.symptoms.length > 0))
    problems.push({ field: 'status', code: 'check.okWithFever' })
  return { problems, morning, afternoon, recheck, fever }
}

/** True when the date lies outside the measure's dates (before the start, after the end or the release). */
export function isOutsideMeasure(measure: ControlMeasure, date: LocalDate): boolean {
  const end = measure.status === 'released' ? measure.releasedOn : measure.plannedEnd
  return date < measure.startDate || date > end
}

/**
 * Missed for `days` days: under a checked measure, and the days before today since the person was last seen
 * (counting from the start when never seen). `days` is the command post's setting (default 2).
 */
export function missedDays(measure: ControlMeasure, today: LocalDate): number {
  const since = measure.lastSeenOn || plusDays(measure.startDate, -1)
  // Today's check may still come: only days before today count as missed.
  const yesterday = plusDays(today, -1)
  const lastDay = yesterday < measure.plannedEnd ? yesterday : measure.plannedEnd
  const [a, b] = [since, lastDay].map((d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)))
  return Math.max(0, Math.round((b - a) / 86_400_000))
}

/** Default: listed as missed after 2 days without being seen. */
export const DEFAULT_MISSED_DAYS = 2
