import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import type { CountyList, CountyListRow, VerificationResult } from '@/domain/county-list/county-list'
import type { MissedRegistrationForm } from '@/domain/county-list/missed-registration'
import { sumProgress, type Progress } from '@/domain/county-list/progress'
import type { Person } from '@/domain/person/person'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import type { Page } from '@/db/repositories/audit-repository'
import {
  getList,
  linkedPeople,
  listLists,
  listRows,
  villageProgress,
  type CountyListSummary,
} from '@/db/repositories/county-list-repository'
import { setRowVillage } from '@/db/repositories/county-list-row-repository'
import { exportFeedback, type FeedbackOptions } from '@/services/county-lists/feedback-export'
import {
  importCountyList,
  previewCountyList,
  rematchCountyList,
  type CountyListMeta,
  type CountyListPreview,
} from '@/services/county-lists/import-list-service'
import { registerMissed, verifyRow } from '@/services/county-lists/verify-service'
import { useSessionStore } from './session'

export type { CountyListSummary }

/** A row as the list page shows it: the county's row, and the person it is linked to. */
export interface CountyListRowView {
  row: CountyListRow
  person?: Pick<Person, 'id' | 'name' | 'documentNumber' | 'villageId'>
}

/** A list's page: the list, its progress and its progress per village (`''`: not yet assigned). */
export interface CountyListDetail {
  list: CountyList
  progress: Progress
  byVillage: Map<string, Progress>
}

/** Filters of a list's rows: `villageId: ''` = not yet assigned, `result: ''` = not yet verified. */
export interface CountyListRowFilters {
  villageId?: string
  result?: VerificationResult | ''
  text: string
  page: number
  pageSize: number
}

/** The county lists: every list with its progress, one list's page and rows, import, verification and feedback. */
export const useCountyListsStore = defineStore('countyLists', () => {
  const lists = shallowRef<CountyListSummary[]>([])
  const detail = shallowRef<CountyListDetail | null>(null)
  const filters = reactive<CountyListRowFilters>({ text: '', page: 1, pageSize: 20 })
  const rows = shallowRef<Page<CountyListRowView>>({ items: [], total: 0 })
  const loading = ref(false)
  const error = ref<unknown>(null)
  let stopLists: (() => void) | undefined
  let stopDetail: (() => void) | undefined
  let stopRows: (() => void) | undefined
  let listId = ''

  const onError = (e: unknown) => {
    error.value = e
    loading.value = false
  }

  async function watchLists(): Promise<void> {
    stopLists?.()
    const db = await appDatabase()
    stopLists = watchQuery(
      () => listLists(db),
      (value) => (lists.value = value),
      onError,
    )
  }

  function unwatchLists(): void {
    stopLists?.()
    stopLists = undefined
  }

  /** Watches one list's page and its rows (with the current filters); `null` detail when there is no such list. */
  async function watchList(id: string): Promise<void> {
    unwatchList()
    listId = id
    loading.value = true
    const db = await appDatabase()
    stopDetail = watchQuery(
      async () => {
        const list = await getList(db, id)
        if (!list) return null
        const byVillage = await villageProgress(db, id)
        return { list, progress: sumProgress(byVillage.values()), byVillage }
      },
      (value) => (detail.value = value),
      onError,
    )
    await watchRows()
  }

  /** Re-reads the rows page after a filter or page change. */
  async function watchRows(): Promise<void> {
    stopRows?.()
    if (listId === '') return
    const db = await appDatabase()
    const query = { ...filters, text: filters.text.trim() || undefined }
    const id = listId
    stopRows = watchQuery(
      async () => {
        const page = await listRows(db, id, query)
        const people = await linkedPeople(db, page.items)
        return { total: page.total, items: page.items.map((row) => ({ row, person: people.get(row.personId) })) }
      },
      (value) => {
        rows.value = value
        loading.value = false
      },
      onError,
    )
  }

  function unwatchList(): void {
    stopDetail?.()
    stopRows?.()
    stopDetail = stopRows = undefined
    detail.value = null
    rows.value = { items: [], total: 0 }
  }

  const actor = () => useSessionStore().actor

  async function previewImport(file: File): Promise<CountyListPreview> {
    return previewCountyList(await appDatabase(), file.name, new Uint8Array(await file.arrayBuffer()))
  }

  async function commitImport(preview: CountyListPreview, meta: CountyListMeta) {
    return importCountyList(await appDatabase(), preview, meta, actor())
  }

  async function setVillage(rowId: string, villageId: string) {
    return setRowVillage(await appDatabase(), rowId, villageId, actor())
  }

  async function verify(rowId: string, result: VerificationResult | '', note: string) {
    return verifyRow(await appDatabase(), rowId, result, note, actor())
  }

  async function registerMissedPerson(rowId: string, form: MissedRegistrationForm) {
    return registerMissed(await appDatabase(), rowId, form, actor())
  }

  async function rematch(id: string) {
    return rematchCountyList(await appDatabase(), id, actor())
  }

  async function feedback(id: string, options: FeedbackOptions) {
    return exportFeedback(await appDatabase(), id, actor(), options)
  }

  return {
    lists,
    detail,
    filters,
    rows,
    loading,
    error,
    watchLists,
    unwatchLists,
    watchList,
    watchRows,
    unwatchList,
    previewImport,
    commitImport,
    setVillage,
    verify,
    registerMissedPerson,
    rematch,
    feedback,
  }
})
