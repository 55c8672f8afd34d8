import type { LocalDate } from '../common/entity'
import type { Problem } from '../common/result'
import { isLocalDate } from '../person/dates'
import { normalizeDocumentNumber } from '../person/id-number'
import type { PoolTube, RoundCoverage, SamplingPoint, TestingRound, TubeResult } from './testing-round'

/** The largest pool a round may use (10-in-1 is the usual; 20-in-1 was used for low-risk areas). */
export const MAX_POOL_SIZE = 20

/** What a clerk types to set up a round. */
export interface RoundInput {
  name: string
  from: LocalDate
  to: LocalDate
  villageIds: string[]
  /** Point names, one per sampling point (the village may be given). */
  points: Omit<SamplingPoint, 'id'>[]
  poolSize: number
}

/** A round's setup problems: a name, real dates in order, a village, a named point, a pool of 1–20. */
export function roundProblems(input: RoundInput): Problem[] {
  const problems: Problem[] = []
  if (input.name.trim() === '') problems.push({ field: 'name', code: 'required' })
  if (!isLocalDate(input.from)) problems.push({ field: 'from', code: 'round.date' })
  if (!isLocalDate(input.to)) problems.push({ field: 'to', code: 'round.date' })
  else if (isLocalDate(input.from) && input.to < input.from)
    problems.push({ field: 'to', code: 'round.endBeforeStart' })
  if (input.villageIds.length === 0) problems.push({ field: 'villageIds', code: 'round.noVillages' })
  if (input.points.length === 0 || input.points.some((p) => p.name.trim() === ''))
    problems.push({ field: 'points', code: 'round.noPoints' })
  if (!Number.isInteger(input.poolSize) || input.poolSize < 1 || input.poolSize > MAX_POOL_SIZE)
    problems.push({ field: 'poolSize', code: 'round.poolSize', params: { max: MAX_POOL_SIZE } })
  return problems
}

/** A tube number as stored: half-width, upper case, no spaces (a scanner and a typist give the same key). */
export function normalizeTubeNo(raw: string): string {
  return raw.normalize('NFKC').replace(/\s/g, '').toUpperCase()
}

/** A tube number must be 1–30 letters, digits or dashes. */
export function tubeNoProblems(tubeNo: string): Problem[] {
  return /^[0-9A-Z-]{1,30}$/.test(tubeNo) ? [] : [{ field: 'tubeNo', code: 'round.tubeNo', params: { tubeNo } }]
}

/** What a typed or scanned person number names: the round's register number 登记号, or an ID number. */
export type PersonNumber = { registerNo: number } | { documentNumber: string }

/** Reads a person number: up to 7 digits is a register number, anything else a document number. */
export function readPersonNumber(raw: string): PersonNumber | undefined {
  const text = normalizeDocumentNumber(raw)
  if (text === '') return undefined
  if (/^\d{1,7}$/.test(text)) return { registerNo: Number(text) }
  return { documentNumber: text }
}

/**
 * Where the next swab goes in a tube: the position asked for, or the first free one. Refused when the tube is
 * closed or full, the position is outside the tube, or someone already holds it (named in the message).
 */
export function placeInTube(
  tube: Pick<PoolTube, 'tubeNo' | 'size' | 'count' | 'closed'>,
  taken: ReadonlyMap<number, string>,
  asked?: number,
): { position?: number; problems: Problem[] } {
  const at = { tubeNo: tube.tubeNo, size: tube.size }
  if (tube.closed || tube.count >= tube.size)
    return { problems: [{ field: 'tubeNo', code: 'round.tubeClosed', params: { ...at, count: tube.count } }] }
  if (asked !== undefined) {
    if (!Number.isInteger(asked) || asked < 1 || asked > tube.size)
      return { problems: [{ field: 'position', code: 'round.position', params: { ...at, position: asked } }] }
    const holder = taken.get(asked)
    if (holder !== undefined)
      return {
        problems: [
          { field: 'position', code: 'round.positionTaken', params: { ...at, position: asked, name: holder } },
        ],
      }
    return { position: asked, problems: [] }
  }
  for (let p = 1; p <= tube.size; p++) if (!taken.has(p)) return { position: p, problems: [] }
  return { problems: [{ field: 'tubeNo', code: 'round.tubeClosed', params: { ...at, count: tube.count } }] }
}

/** A sampling day must be a real day, not before the round starts, and not in the future. */
export function samplingDayProblems(round: Pick<TestingRound, 'from'>, day: LocalDate, today: LocalDate): Problem[] {
  if (!isLocalDate(day)) return [{ field: 'sampledOn', code: 'round.date' }]
  if (day < round.from) return [{ field: 'sampledOn', code: 'round.beforeStart', params: { from: round.from } }]
  if (day > today) return [{ field: 'sampledOn', code: 'round.future' }]
  return []
}

/** A tube's result: negative or positive, on a day from its sampling day to today. */
export function tubeResultProblems(
  tube: Pick<PoolTube, 'sampledOn' | 'count'>,
  result: TubeResult,
  day: LocalDate,
  today: LocalDate,
): Problem[] {
  if (tube.count === 0) return [{ field: 'result', code: 'round.emptyTube' }]
  if (result !== 'negative' && result !== 'positive') return [{ field: 'result', code: 'round.result' }]
  if (!isLocalDate(day)) return [{ field: 'resultOn', code: 'round.date' }]
  if (day < tube.sampledOn)
    return [{ field: 'resultOn', code: 'round.resultBeforeSampling', params: { sampledOn: tube.sampledOn } }]
  if (day > today) return [{ field: 'resultOn', code: 'round.future' }]
  return []
}

/** One village's line of coverage: who must be tested, who was, the rate (0–100, one decimal). */
export interface CoverageLine {
  villageId: string
  targets: number
  sampled: number
  left: number
  rate: number
}

/** 覆盖率: per village and in total, from the maintained counters (a village with nobody to test is 100 %). */
export function coverageLines(rows: readonly RoundCoverage[]): { villages: CoverageLine[]; total: CoverageLine } {
  const line = (villageId: string, targets: number, sampled: number): CoverageLine => ({
    villageId,
    targets,
    sampled,
    left: Math.max(0, targets - sampled),
    rate: targets === 0 ? 100 : Math.floor((sampled / targets) * 1000) / 10,
  })
  const villages = rows.map((r) => line(r.villageId, r.targets, r.sampled))
  const sum = (pick: (l: CoverageLine) => number) => villages.reduce((s, l) => s + pick(l), 0)
  return {
    villages,
    total: line(
      '',
      sum((l) => l.targets),
      sum((l) => l.sampled),
    ),
  }
}
