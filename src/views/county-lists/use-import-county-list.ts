import { computed, reactive, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CountyListColumn } from '@/domain/county-list/list-sheet'
import { localToday } from '@/domain/person/dates'
import { maskDocumentNumber, maskPhone } from '@/domain/person/mask'
import { errorMessages, problemMessage } from '@/i18n/problem-message'
import type { CountyListMeta, CountyListPreview } from '@/services/county-lists/import-list-service'
import { useCountyListsStore } from '@/stores/county-lists'

/** Rows shown in the preview: enough to see the columns were read right. */
export const PREVIEW_ROWS = 5

const FIELD_KEYS: Record<CountyListColumn, string> = {
  name: 'name',
  documentNumber: 'documentNumber',
  phone: 'phones',
  village: 'village',
  address: 'address',
}

/** The import dialog's flow: pick a file → preview headers, columns found and first rows → details → import. */
export function useImportCountyList(onImported: (listId: string, message: string) => void) {
  const { t, te } = useI18n()
  const store = useCountyListsStore()
  const preview = shallowRef<CountyListPreview | null>(null)
  const meta = reactive<CountyListMeta>({ title: '', source: '', receivedOn: localToday(), dueOn: '' })
  const failure = ref<string[]>([])
  const fieldErrors = ref<Record<string, string>>({})
  const busy = ref(false)

  /** Which understood column each header is, for the header tags. */
  const headerRoles = computed(() => {
    const roles = new Map<number, string>()
    const columns = preview.value?.sheet.columns ?? {}
    for (const [column, index] of Object.entries(columns) as Array<[CountyListColumn, number]>)
      roles.set(index, t(`countyLists.fields.${FIELD_KEYS[column]}`))
    return roles
  })

  const detected = computed(() =>
    (Object.keys(FIELD_KEYS) as CountyListColumn[]).map((column) => {
      const index = preview.value?.sheet.columns[column]
      return {
        label: t(`countyLists.fields.${FIELD_KEYS[column]}`),
        header: index === undefined ? '' : (preview.value?.sheet.headers[index] ?? ''),
      }
    }),
  )

  /** The first rows, masked: ID numbers and phones are not shown in full, even in a preview. */
  const sampleRows = computed(() => {
    const sheet = preview.value?.sheet
    if (!sheet) return []
    const { documentNumber, phone } = sheet.columns
    return sheet.rows
      .slice(0, PREVIEW_ROWS)
      .map((row) =>
        row.cells.map((cell, i) =>
          i === documentNumber ? maskDocumentNumber(cell) : i === phone ? maskPhone(cell) : cell,
        ),
      )
  })

  const fatal = computed(() =>
    preview.value?.sheet.fatal
      ? problemMessage(t, te, { field: 'file', code: fatalCode(preview.value.sheet.fatal) })
      : '',
  )

  async function pick(file: File): Promise<void> {
    busy.value = true
    failure.value = []
    preview.value = null
    try {
      preview.value = await store.previewImport(file)
      if (meta.title === '') meta.title = preview.value.sheet.title || file.name.replace(/\.[^.]+$/, '')
    } catch (e) {
      failure.value = errorMessages(t, te, e)
    } finally {
      busy.value = false
    }
  }

  async function commit(): Promise<void> {
    if (!preview.value) return
    busy.value = true
    failure.value = []
    fieldErrors.value = {}
    try {
      const summary = await store.commitImport(preview.value, { ...meta })
      const message = t('countyLists.dialog.done', {
        rows: summary.list.rowCount,
        ...summary.match,
        assigned: summary.assigned,
      })
      onImported(summary.list.id, message)
    } catch (e) {
      const problems = (e as { problems?: Array<{ field: string; code: string }> }).problems
      if (problems) fieldErrors.value = Object.fromEntries(problems.map((p) => [p.field, problemMessage(t, te, p)]))
      failure.value = problems
        ? problems.filter((p) => p.field === 'file').map((p) => problemMessage(t, te, p))
        : errorMessages(t, te, e)
    } finally {
      busy.value = false
    }
  }

  function reset(): void {
    preview.value = null
    failure.value = []
  }

  return { preview, meta, failure, fieldErrors, busy, headerRoles, detected, sampleRows, fatal, pick, commit, reset }
}

function fatalCode(fatal: 'empty' | 'noHeader'): string {
  return fatal === 'empty' ? 'countyList.sheetEmpty' : 'countyList.noHeader'
}
