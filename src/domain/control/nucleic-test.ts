import type { Instant, LocalDate, Stamped } from '../common/entity'
import type { Problem } from '../common/result'
import { isLocalDate } from '../person/dates'
import type { ControlMeasure } from './measure'

/** 核酸结果: scheduled (not yet sampled), pending (sampled, no result), negative, positive, not done 未检. */
export type NucleicResult = 'scheduled' | 'pending' | 'negative' | 'positive' | 'not-done'

/** 核酸检测: one appointment generated from a measure's test days, and its result. */
export interface NucleicTest extends Stamped {
  /** `nat_<ulid>` */
  id: string
  /** The measure whose test days made it; '' for a re-test of someone under no measure (a positive pooled tube). */
  measureId: string
  personId: string
  villageId: string
  personName: string
  dueOn: LocalDate
  result: NucleicResult
  /** 采样日期, '' until sampled. */
  sampledOn: LocalDate
  /** The due day while no result is in (scheduled or pending): a sparse index lists due and overdue tests. */
  openDue?: LocalDate
  /** The sampling day of a positive result: a sparse index lists positives. */
  positiveOn?: LocalDate
  /**
   * When the test left scheduled / pending (its result came in), stamped by the database on the write (v22);
   * absent while open and on tests closed earlier. The figures' overdue tests at an earlier instant read it.
   */
  closedAt?: Instant
  /** 单人复检: the mass testing round and pooled tube whose positive result asked for this test. */
  retestOf?: { roundId: string; tubeNo: string }
}

/** The index fields that follow from the result. */
export function testIndexFields(
  test: Pick<NucleicTest, 'result' | 'dueOn' | 'sampledOn'>,
): Pick<NucleicTest, 'openDue' | 'positiveOn'> {
  return {
    openDue: test.result === 'scheduled' || test.result === 'pending' ? test.dueOn : undefined,
    positiveOn: test.result === 'positive' ? test.sampledOn || test.dueOn : undefined,
  }
}

/** A result may not be dated before the measure starts, nor in the future; a result other than not-done needs a date. */
export function resultProblems(
  measure: Pick<ControlMeasure, 'startDate'>,
  result: NucleicResult,
  sampledOn: LocalDate,
  today: LocalDate,
): Problem[] {
  if (result === 'not-done' || result === 'scheduled') return []
  if (!isLocalDate(sampledOn)) return [{ field: 'sampledOn', code: 'measure.date' }]
  if (sampledOn < measure.startDate)
    return [{ field: 'sampledOn', code: 'test.beforeStart', params: { start: measure.startDate } }]
  if (sampledOn > today) return [{ field: 'sampledOn', code: 'test.future' }]
  return []
}
