import type { Problem } from '../common/result'
import { isLocalDate } from '../person/dates'
import type { EpisodeKind } from '../person/person'
import { SEGMENT_TYPES, type RulePack } from './rule-pack'

/** The longest segment a pack may set (days). */
export const MAX_SEGMENT_DAYS = 60

const COUNTINGS = ['day-0', 'day-1']
const RELEASES = ['days-complete', 'last-test-negative', 'all-tests-negative']

function categoryProblems(pack: RulePack, category: EpisodeKind): Problem[] {
  const rule = pack.categories[category]!
  const field = `categories.${category}`
  if (!RELEASES.includes(rule.release)) return [{ field, code: 'pack.release', params: { category } }]
  if (rule.segments.length === 0) return [{ field, code: 'pack.noSegments', params: { category } }]
  return rule.segments.flatMap((segment, i): Problem[] => {
    const at = { category, segment: i + 1 }
    const here = `${field}.segments.${i}`
    if (!SEGMENT_TYPES.includes(segment.type)) return [{ field: here, code: 'pack.segmentType', params: at }]
    if (!Number.isInteger(segment.days) || segment.days < 1 || segment.days > MAX_SEGMENT_DAYS)
      return [{ field: here, code: 'pack.segmentDays', params: { ...at, max: MAX_SEGMENT_DAYS } }]
    const problems: Problem[] = []
    for (const day of segment.testDays)
      if (!Number.isInteger(day) || day < 1 || day > segment.days)
        problems.push({ field: here, code: 'pack.testDayOutside', params: { ...at, day, days: segment.days } })
    if (new Set(segment.testDays).size !== segment.testDays.length)
      problems.push({ field: here, code: 'pack.testDayTwice', params: at })
    return problems
  })
}

/**
 * Everything inconsistent in a pack, each with a message a clerk understands: a name, document and start date
 * are needed; the end may not come before the start; every segment needs a known type and 1–60 days; every test
 * day must fall within its segment, once. An empty list means the pack can be used.
 */
export function packProblems(pack: RulePack): Problem[] {
  const problems: Problem[] = []
  if (!/^[a-z0-9-]{2,40}$/.test(pack.id)) problems.push({ field: 'id', code: 'pack.id' })
  if (!Number.isInteger(pack.version) || pack.version < 1) problems.push({ field: 'version', code: 'pack.version' })
  if (pack.name.trim() === '') problems.push({ field: 'name', code: 'required' })
  if (pack.document.trim() === '') problems.push({ field: 'document', code: 'required' })
  if (!isLocalDate(pack.effectiveFrom)) problems.push({ field: 'effectiveFrom', code: 'pack.date' })
  if (pack.effectiveTo !== '' && !isLocalDate(pack.effectiveTo))
    problems.push({ field: 'effectiveTo', code: 'pack.date' })
  else if (pack.effectiveTo !== '' && pack.effectiveTo < pack.effectiveFrom)
    problems.push({ field: 'effectiveTo', code: 'pack.endBeforeStart' })
  if (!COUNTINGS.includes(pack.dayCounting)) problems.push({ field: 'dayCounting', code: 'pack.dayCounting' })
  const categories = Object.keys(pack.categories) as EpisodeKind[]
  if (categories.length === 0) problems.push({ field: 'categories', code: 'pack.noCategories' })
  for (const category of categories) problems.push(...categoryProblems(pack, category))
  return problems
}
