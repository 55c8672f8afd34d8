import type { Problem } from '../common/result'
import { isTownshipCode, readAreaCode } from './area-code'
import type { TownshipInput } from './township'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * Checks the township settings: a name, a 12-digit township code (village digits 000), a county, `HH:mm` times
 * for the report window and deadline, and an idle-lock time between 0 (never) and 240 minutes.
 */
export function townshipProblems(input: TownshipInput): Problem[] {
  const problems: Problem[] = []
  if (input.name.trim() === '') problems.push({ field: 'name', code: 'required' })
  const code = readAreaCode(input.code)
  if (!code.ok) problems.push({ field: 'code', code: `code.${code.reason}`, params: { value: code.raw } })
  else if (!isTownshipCode(code.code))
    problems.push({ field: 'code', code: 'code.notTownship', params: { value: code.code } })
  if (input.countyName.trim() === '') problems.push({ field: 'countyName', code: 'required' })
  for (const field of ['startTime', 'endTime', 'deadline'] as const) {
    if (!TIME.test(input.reportWindow[field]))
      problems.push({ field: `reportWindow.${field}`, code: 'time', params: { value: input.reportWindow[field] } })
  }
  const idle = input.idleLockMinutes
  if (!Number.isInteger(idle) || idle < 0 || idle > 240)
    problems.push({ field: 'idleLockMinutes', code: 'idleLock', params: { value: String(idle) } })
  return problems
}

/** The township input with its code read as text (a float-suffixed code repaired) and names trimmed. */
export function normalizeTownship(input: TownshipInput): TownshipInput {
  const code = readAreaCode(input.code)
  return {
    ...input,
    name: input.name.trim(),
    countyName: input.countyName.trim(),
    code: code.ok ? code.code : input.code,
    // A fresh plain object: the form hands in a reactive proxy, which IndexedDB cannot clone.
    reportWindow: { ...input.reportWindow },
  }
}
