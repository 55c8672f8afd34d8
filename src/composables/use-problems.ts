import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Problem } from '@/domain/common/result'
import { errorMessages, problemMessage } from '@/i18n/problem-message'

/**
 * Field errors for a form: `show(problems)` puts each problem's message under its field, `fail(error)` does the
 * same for a thrown ValidationError and keeps anything else as a general message.
 */
export function useProblems() {
  const { t, te } = useI18n()
  const byField = ref<Record<string, string>>({})
  const general = ref<string[]>([])

  function show(problems: Problem[]): boolean {
    const next: Record<string, string> = {}
    for (const p of problems) next[p.field] = next[p.field] ? next[p.field] : problemMessage(t, te, p)
    byField.value = next
    general.value = []
    return problems.length === 0
  }

  function fail(error: unknown): void {
    const problems = (error as { problems?: Problem[] })?.problems
    if (Array.isArray(problems)) {
      show(problems)
      general.value = problems.filter((p) => !FORM_FIELDS.test(p.field)).map((p) => problemMessage(t, te, p))
    } else {
      byField.value = {}
      general.value = errorMessages(t, te, error)
    }
  }

  function clear(): void {
    byField.value = {}
    general.value = []
  }

  /** The message for a field, or for any nested field under it (`grids.0.name` under `grids`). */
  function of(field: string): string {
    if (byField.value[field]) return byField.value[field]
    const nested = Object.keys(byField.value).find((k) => k.startsWith(`${field}.`))
    return nested ? byField.value[nested] : ''
  }

  return { byField, general, show, fail, clear, of }
}

// Problems about these fields show under the field; any other field (setup, account, file…) shows at the top.
const FORM_FIELDS =
  /^(name|code|countyName|population|households|urbanRuralClass|secretary|doctor|grids|reportWindow|idleLockMinutes|password|current|reason|source|decidedBy|effectiveFrom|effectiveTo|level)/
