import { computed, ref } from 'vue'
import { storeToRefs } from 'pinia'
import { useI18n } from 'vue-i18n'
import { localToday } from '@/domain/person/dates'
import type { PeopleSheetField } from '@/domain/person/import-mapping'
import { maskDocumentNumber, maskPhone } from '@/domain/person/mask'
import { headerKey } from '@/domain/person/people-sheet-columns'
import { errorMessages, problemMessage } from '@/i18n/problem-message'
import type { ProblemLabels } from '@/services/people/import-problems-export'
import { usePeopleImportStore } from '@/stores/people-import'

/** One line of the mapping table: a header of the file, a few of its values, and the field it feeds. */
export interface MappingRow {
  label: string
  samples: string
  field: PeopleSheetField | ''
}

/** One line of the problem table. */
export interface ProblemLine {
  id: number
  sheet: string
  rowNumber: number
  severity: 'error' | 'warning'
  field: string
  reason: string
}

/** A sample cell as the mapping screen shows it: ID and phone numbers masked, as everywhere on screen. */
export function maskedSample(value: string): string {
  const compact = value.normalize('NFKC').replace(/\s/g, '')
  if (!/\d{6,}/.test(compact)) return value
  return compact.length >= 15 ? maskDocumentNumber(compact) : maskPhone(compact)
}

/** Problems shown in the dialog; the workbook holds them all. */
export const SHOWN_PROBLEMS = 300

function saveBytes(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  })
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}

/** The people-import dialog's words and actions over the peopleImport store. */
export function usePeopleImport() {
  const { t, te } = useI18n()
  const store = usePeopleImportStore()
  const { step, outline, labels, mapping, preview, progress, summary, busy, error } = storeToRefs(store)
  const sourceInput = ref(store.source)

  const fieldLabel = (field: string) => {
    const base = field.split('.')[0]
    if (te(`peopleImport.fields.${field}`)) return t(`peopleImport.fields.${field}`)
    return te(`people.fields.${base}`) ? t(`people.fields.${base}`) : field
  }
  const failure = computed(() => (error.value ? errorMessages(t, te, error.value) : []))

  const sheetLines = computed(() =>
    (outline.value?.layouts ?? []).map((layout) => ({
      sheet: t('peopleImport.sheet', { sheet: layout.sheet, row: layout.headerRowNumber, rows: layout.dataRows }),
      year: t(`peopleImport.year.${layout.yearSource}`, { year: layout.defaultYear }),
    })),
  )

  const mappingRows = computed<MappingRow[]>(() => {
    const samples = new Map<string, string[]>()
    for (const layout of outline.value?.layouts ?? [])
      for (const [key, values] of Object.entries(layout.samples))
        samples.set(key, [...(samples.get(key) ?? []), ...values])
    return labels.value.map((label) => {
      const key = headerKey(label)
      return {
        label,
        samples: (samples.get(key) ?? []).slice(0, 3).map(maskedSample).join('、'),
        field: mapping.value.columns[key] ?? '',
      }
    })
  })
  const hasName = computed(() => Object.values(mapping.value.columns).includes('name'))

  const counts = computed(() => {
    const c = preview.value?.counts
    if (!c) return []
    const tag = {
      newPeople: 'success',
      newEpisodes: 'primary',
      unchanged: 'info',
      likelyDuplicates: 'warning',
    } as const
    const more = { errorRows: 'danger', warningRows: 'warning', skippedRows: 'info' } as const
    return Object.entries({ ...tag, ...more })
      .filter(([key]) => c[key as keyof typeof c] > 0 || key in tag)
      .map(([key, type]) => ({ key, type, text: t(`peopleImport.counts.${key}`, { n: c[key as keyof typeof c] }) }))
  })

  const notes = computed(() => {
    const byCode = new Map<string, number>()
    for (const note of preview.value?.parsed.notes ?? []) byCode.set(note.code, (byCode.get(note.code) ?? 0) + 1)
    return [...byCode].map(([code, n]) => t(`peopleImport.notes.${code.split('.').pop()}`, { n }))
  })

  // Errors first: those rows are left out and need fixing; warnings were imported.
  const problems = computed<ProblemLine[]>(() => {
    const all = preview.value?.parsed.problems ?? []
    const errors = all.filter((p) => p.severity === 'error').slice(0, SHOWN_PROBLEMS)
    const warnings = all.filter((p) => p.severity === 'warning').slice(0, SHOWN_PROBLEMS - errors.length)
    return [...errors, ...warnings].map((problem, id) => ({
      id,
      sheet: problem.sheet,
      rowNumber: problem.rowNumber,
      severity: problem.severity,
      field: fieldLabel(problem.field),
      reason: problemMessage(t, te, problem),
    }))
  })
  const problemTotal = computed(() => preview.value?.parsed.problems.length ?? 0)
  const writable = computed(() =>
    preview.value ? preview.value.counts.newPeople + preview.value.counts.newEpisodes : 0,
  )

  const percent = computed(() =>
    progress.value.total > 0 ? Math.min(100, Math.round((progress.value.done / progress.value.total) * 100)) : 0,
  )
  const progressText = computed(() => {
    const { phase, done, total } = progress.value
    if (phase === 'reading') return t('peopleImport.reading')
    if (phase === 'checking') return t('peopleImport.checking')
    return phase ? t(`peopleImport.${phase}`, { done, total }) : ''
  })
  const doneText = computed(() => {
    const s = summary.value
    if (!s) return ''
    return s.people + s.episodes === 0 ? t('peopleImport.doneNothing') : t('peopleImport.done', { ...s })
  })

  function downloadProblems(): void {
    const labelsOf: ProblemLabels = {
      headers: {
        sheet: t('peopleImport.columns.sheet'),
        row: t('peopleImport.columns.row'),
        severity: t('peopleImport.columns.severity'),
        field: t('peopleImport.columns.field'),
        reason: t('peopleImport.columns.reason'),
      },
      severity: { error: t('peopleImport.severity.error'), warning: t('peopleImport.severity.warning') },
      field: fieldLabel,
      reason: (problem) => problemMessage(t, te, problem),
    }
    const bytes = store.problemWorkbook(labelsOf)
    // No personal data in the file name: the kind of file and the day.
    if (bytes) saveBytes(bytes, `${t('peopleImport.downloadName')}-${localToday()}.xlsx`)
  }

  return {
    store,
    step,
    busy,
    sourceInput,
    failure,
    sheetLines,
    mappingRows,
    hasName,
    counts,
    notes,
    problems,
    problemTotal,
    writable,
    percent,
    progressText,
    doneText,
    downloadProblems,
    pick: (file: File) => store.pick(file, sourceInput.value),
  }
}
