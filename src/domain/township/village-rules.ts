import type { Problem } from '../common/result'
import { readPhone } from '../person/phone'
import { isInTownship, isVillageCode, readAreaCode } from './area-code'
import { URBAN_RURAL_CLASSES, type Contact, type VillageInput } from './village'

/**
 * A village contact's phone as the people register normalises phones (one normaliser, `readPhone`): a mobile as
 * 11 digits without `+86`, spaces or dashes, a landline as `0835-1234567`; anything else as typed (trimmed).
 */
export function normalizePhone(raw: string): string {
  const reading = readPhone(raw)
  return reading.kind === 'invalid' ? raw.trim() : reading.value
}

/** A phone is acceptable when empty, a mobile number, or a landline (as `readPhone` classifies them). */
export function isPlausiblePhone(phone: string): boolean {
  return phone === '' || readPhone(phone).kind !== 'invalid'
}

function contactProblems(field: string, contact: Contact): Problem[] {
  const phone = normalizePhone(contact.phone)
  return isPlausiblePhone(phone) ? [] : [{ field: `${field}.phone`, code: 'phone', params: { value: contact.phone } }]
}

/**
 * Checks a village before it is written: a 12-digit village code inside the township, a name, non-negative
 * whole numbers, a known urban-rural class, plausible phones, named grids without duplicates.
 */
export function villageProblems(input: VillageInput, townshipCode: string): Problem[] {
  const problems: Problem[] = []
  const code = readAreaCode(input.code)
  if (!code.ok) problems.push({ field: 'code', code: `code.${code.reason}`, params: { value: code.raw } })
  else if (!isVillageCode(code.code))
    problems.push({ field: 'code', code: 'code.notVillage', params: { value: code.code } })
  else if (!isInTownship(code.code, townshipCode))
    problems.push({
      field: 'code',
      code: 'code.outside',
      params: { value: code.code, township: townshipCode.slice(0, 9) },
    })
  if (input.name.trim() === '') problems.push({ field: 'name', code: 'required' })
  for (const field of ['population', 'households'] as const) {
    const n = input[field]
    if (!Number.isInteger(n) || n < 0) problems.push({ field, code: 'wholeNumber', params: { value: String(n) } })
  }
  if (input.urbanRuralClass !== '' && !Object.hasOwn(URBAN_RURAL_CLASSES, input.urbanRuralClass))
    problems.push({ field: 'urbanRuralClass', code: 'urbanRuralClass', params: { value: input.urbanRuralClass } })
  problems.push(...contactProblems('secretary', input.secretary), ...contactProblems('doctor', input.doctor))
  const seen = new Set<string>()
  input.grids.forEach((grid, i) => {
    const name = grid.name.trim()
    if (name === '') problems.push({ field: `grids.${i}.name`, code: 'required' })
    else if (seen.has(name)) problems.push({ field: `grids.${i}.name`, code: 'gridDuplicate', params: { value: name } })
    seen.add(name)
    grid.members.forEach((m, j) => problems.push(...contactProblems(`grids.${i}.members.${j}`, m)))
  })
  return problems
}
