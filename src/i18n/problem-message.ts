import type { Problem } from '@/domain/common/result'

type Translate = (key: string, params?: Record<string, unknown>) => string
type Exists = (key: string) => boolean

// Messages that need the field's name in front to make sense; the others are whole sentences.
const NEEDS_FIELD = new Set(['required', 'wholeNumber', 'phone', 'gridDuplicate'])

/** One problem as a sentence a clerk understands: "代码：代码“…”不是 12 位…". */
export function problemMessage(t: Translate, te: Exists, problem: Problem): string {
  const key = `problems.${problem.code}`
  const params = { ...problem.params }
  // A rule pack's problems name a person category by its code ('close-contact'): say it as the clerk does.
  if (typeof params.category === 'string' && te(`people.episodeKinds.${params.category}`))
    params.category = t(`people.episodeKinds.${params.category}`)
  const message = te(key) ? t(key, params) : problem.code
  const field = problem.field.split('.')[0]
  const label = te(`fields.${field}`) ? t(`fields.${field}`) : ''
  return label && NEEDS_FIELD.has(problem.code) ? `${label}：${message}` : message
}

/** Every problem of an error, or the error's own message when it is not a validation error. */
export function errorMessages(t: Translate, te: Exists, error: unknown): string[] {
  const problems = (error as { problems?: Problem[] })?.problems
  if (Array.isArray(problems)) return problems.map((p) => problemMessage(t, te, p))
  return [t('common.failed', { message: error instanceof Error ? error.message : String(error) })]
}
