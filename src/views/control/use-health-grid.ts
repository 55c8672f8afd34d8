import { reactive, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage, ElMessageBox } from 'element-plus'
import type { CheckStatus, Symptom } from '@/domain/control/health-check'
import { FEVER_CELSIUS, readTemperature } from '@/domain/person/temperature'
import { localToday } from '@/domain/person/dates'
import { errorMessages } from '@/i18n/problem-message'
import { useHealthChecksStore } from '@/stores/health-checks'
import type { GridRow } from '@/services/control/health-check-service'

/** One row as typed: temperatures as text, status '' until chosen (then it follows the readings). */
export interface GridDraft {
  morning: string
  afternoon: string
  recheck: string
  symptoms: Symptom[]
  status: CheckStatus | ''
  checkedBy: string
  error: string
  saved: boolean
}

const EMPTY: GridDraft = {
  morning: '',
  afternoon: '',
  recheck: '',
  symptoms: [],
  status: '',
  checkedBy: '',
  error: '',
  saved: false,
}
const text = (n: number | undefined) => (n === undefined ? '' : n.toFixed(1))

/** The daily grid's state: a draft per row, saving a row, the fever prompt, the last reporter remembered. */
export function useHealthGrid() {
  const { t, te } = useI18n()
  const store = useHealthChecksStore()
  const villageId = ref('')
  const date = ref(localToday())
  const drafts = reactive<Record<string, GridDraft>>({})
  const reporter = ref('')

  watch([villageId, date], ([v, d]) => {
    for (const key of Object.keys(drafts)) delete drafts[key]
    if (v) void store.watchGrid(v, d)
    else store.unwatch()
  })

  // Keyed by day too: rows of the previous day may still be on screen for a moment after the date changes.
  function draft(row: GridRow): GridDraft {
    const c = row.check
    const key = `${date.value}|${row.measure.id}`
    if (c && c.date !== date.value) return { ...EMPTY }
    drafts[key] ??= {
      morning: text(c?.morning),
      afternoon: text(c?.afternoon),
      recheck: text(c?.recheck),
      symptoms: c?.symptoms ?? [],
      status: c?.status ?? '',
      checkedBy: c?.checkedBy ?? '',
      error: '',
      saved: c !== undefined,
    }
    return drafts[key]
  }

  const fever = (raw: string) => {
    const r = readTemperature(raw)
    return r.ok && r.celsius !== undefined && r.celsius >= FEVER_CELSIUS ? r.celsius : undefined
  }

  // A fever asks at once for the re-measurement (it may be typed later, the prompt can be dismissed).
  async function askRecheck(row: GridRow, d: GridDraft): Promise<void> {
    const high = fever(d.afternoon) ?? fever(d.morning)
    if (high === undefined || d.recheck) return
    try {
      const { value } = await ElMessageBox.prompt(
        t('control.checks.feverPrompt'),
        t('control.checks.feverTitle', { name: row.measure.personName, value: high.toFixed(1) }),
        {
          type: 'warning',
          inputPlaceholder: '36.8',
        },
      )
      d.recheck = value ?? ''
    } catch {
      // Dismissed: the fever is recorded without a re-measurement for now.
    }
  }

  async function save(row: GridRow): Promise<boolean> {
    const d = draft(row)
    // Not "saved" while this save is under way: the button says so only once the row is really stored.
    d.saved = false
    await askRecheck(row, d)
    const feverish = [d.morning, d.afternoon, d.recheck].some((v) => fever(v) !== undefined)
    // A fever or a symptom makes "seen, OK" (typed or set by an earlier save of the row) "seen, not OK".
    const unwell = feverish || d.symptoms.length > 0
    const status = unwell ? (!d.status || d.status === 'seen-ok' ? 'seen-not-ok' : d.status) : d.status || 'seen-ok'
    try {
      const outcome = await store.record({
        measureId: row.measure.id,
        date: date.value,
        morning: d.morning,
        afternoon: d.afternoon,
        recheck: d.recheck,
        symptoms: d.symptoms,
        status,
        checkedBy: d.checkedBy || reporter.value,
      })
      Object.assign(d, { status, error: '', saved: true, checkedBy: d.checkedBy || reporter.value })
      if (outcome.fever) ElMessage.warning(t('control.checks.feverSaved'))
      return true
    } catch (e) {
      d.error = errorMessages(t, te, e).join('；')
      d.saved = false
      return false
    }
  }

  return { store, villageId, date, reporter, draft, save, fever }
}
