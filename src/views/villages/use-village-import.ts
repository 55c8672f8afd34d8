import { computed, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { errorMessages, problemMessage } from '@/i18n/problem-message'
import type { VillageImportPreview } from '@/services/villages/village-import-service'
import { useVillagesStore } from '@/stores/villages'

/** One line of the preview table: a good row with what it will do, a refused row, a repair note or a skip. */
export interface PreviewLine {
  rowNumber: number
  code: string
  name: string
  status: 'create' | 'update' | 'same' | 'problem' | 'skipped'
  message: string
}

/** The import dialog's flow: pick a file → preview every row → import the good ones → summary. */
export function useVillageImport() {
  const { t, te } = useI18n()
  const store = useVillagesStore()
  const preview = shallowRef<VillageImportPreview | null>(null)
  const failure = ref<string[]>([])
  const busy = ref(false)
  const done = ref<string>('')

  const lines = computed<PreviewLine[]>(() => {
    const p = preview.value
    if (!p) return []
    const good = p.sheet.rows.map((row, i) => ({
      rowNumber: row.rowNumber,
      code: row.code,
      name: row.name,
      status: p.actions[i],
      message: row.notes.map((n) => t(`villageImport.notes.${n.code}`, n.params)).join('；'),
    }))
    const bad = p.sheet.problems.map((problem) => ({
      rowNumber: problem.rowNumber,
      code: String(problem.params?.value ?? ''),
      name: '',
      status: 'problem' as const,
      message: problemMessage(t, te, problem),
    }))
    const skipped = p.sheet.skipped
      .filter((s) => s.reason !== 'blank')
      .map((s) => ({
        rowNumber: s.rowNumber,
        code: '',
        name: '',
        status: 'skipped' as const,
        message: t(`villageImport.skipped.${s.reason}`, { row: s.rowNumber }),
      }))
    return [...good, ...bad, ...skipped].sort((a, b) => a.rowNumber - b.rowNumber)
  })

  const fatal = computed(() =>
    preview.value?.sheet.fatal ? t(`villageImport.fatal.${preview.value.sheet.fatal}`) : '',
  )
  const counts = computed(() => ({
    ok: preview.value?.sheet.rows.length ?? 0,
    bad: new Set(preview.value?.sheet.problems.map((p) => p.rowNumber)).size,
    skipped: preview.value?.sheet.skipped.length ?? 0,
  }))

  async function pick(file: File): Promise<void> {
    busy.value = true
    failure.value = []
    done.value = ''
    preview.value = null
    try {
      preview.value = await store.previewImport(file)
    } catch (e) {
      failure.value = errorMessages(t, te, e)
    } finally {
      busy.value = false
    }
  }

  async function commit(): Promise<void> {
    if (!preview.value) return
    busy.value = true
    try {
      const summary = await store.commitImport(preview.value)
      done.value = t('importDialog.done', { ...summary })
    } catch (e) {
      failure.value = errorMessages(t, te, e)
    } finally {
      busy.value = false
    }
  }

  function reset(): void {
    preview.value = null
    failure.value = []
    done.value = ''
  }

  return { preview, lines, fatal, counts, failure, busy, done, pick, commit, reset }
}
