import type { Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { ValidationError } from '@/domain/common/result'
import { resultProblems, type NucleicResult, type NucleicTest } from '@/domain/control/nucleic-test'
import { localToday } from '@/domain/person/dates'
import type { CommandPostDatabase } from '@/db/database'
import { getMeasure } from '@/db/repositories/control/measure-repository'
import { addRetests, getTest, saveResult, type RetestPerson } from '@/db/repositories/control/nucleic-test-repository'
import { requireControl } from './control-permission'

/**
 * Records a test's result: a sampling date before the measure starts (for a re-test under no measure: before
 * it was due), or in the future, is refused.
 */
export async function recordTestResult(
  db: CommandPostDatabase,
  testId: string,
  result: NucleicResult,
  sampledOn: LocalDate,
  actor: Actor,
  role: Role,
  today: LocalDate = localToday(),
): Promise<NucleicTest> {
  requireControl(role, 'result')
  const test = await getTest(db, testId)
  if (!test) throw new ValidationError([{ field: 'id', code: 'notFound' }])
  const measure = test.measureId ? await getMeasure(db, test.measureId) : { startDate: test.dueOn }
  if (!measure) throw new ValidationError([{ field: 'measureId', code: 'notFound' }])
  const problems = resultProblems(measure, result, sampledOn, today)
  if (problems.length) throw new ValidationError(problems)
  return saveResult(db, testId, result, sampledOn, actor)
}

/**
 * 单人复检: individual test appointments, due on `dueOn`, for the people of a positive pooled tube. They join the
 * today screen's due and overdue tests like any other appointment, under the person's active measure if any.
 */
export function scheduleRetests(
  db: CommandPostDatabase,
  people: readonly RetestPerson[],
  dueOn: LocalDate,
  source: { roundId: string; tubeId: string; tubeNo: string },
  actor: Actor,
): Promise<NucleicTest[]> {
  return addRetests(db, people, dueOn, source, actor)
}
