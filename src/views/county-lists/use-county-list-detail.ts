import { computed, onBeforeUnmount, reactive, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'
import { ElMessage } from 'element-plus'
import type { CountyListRow, VerificationResult } from '@/domain/county-list/county-list'
import { dueStatus, percentVerified } from '@/domain/county-list/progress'
import { localToday } from '@/domain/person/dates'
import { errorMessages } from '@/i18n/problem-message'
import { useCountyListsStore } from '@/stores/county-lists'
import { useVillagesStore } from '@/stores/villages'
import { saveBytes } from './save-bytes'

/** A list's page: the list from the route, its filters, and the row actions with their messages. */
export function useCountyListDetail() {
  const { t, te } = useI18n()
  const route = useRoute()
  const store = useCountyListsStore()
  const villages = useVillagesStore()
  const listId = computed(() => String(route.params.id ?? ''))
  const ui = reactive({ villageId: '', unassigned: false, result: '' as VerificationResult | '', unverified: false })
  const text = ref('')
  const busy = ref(false)
  const registering = ref<CountyListRow | null>(null)
  const villageNames = computed(() => new Map(villages.active.map((v) => [v.id, v.name])))
  const status = computed(() => {
    const detail = store.detail
    return detail ? dueStatus(detail.list.dueOn, detail.progress, localToday()) : 'open'
  })
  const percent = computed(() => (store.detail ? percentVerified(store.detail.progress) : 0))

  const fail = (e: unknown) => ElMessage.error(errorMessages(t, te, e).join('；'))

  watch(listId, (id) => id && void store.watchList(id), { immediate: true })
  void villages.watchActive()
  onBeforeUnmount(() => store.unwatchList())

  let typing: number | undefined
  watch(text, (value) => {
    window.clearTimeout(typing)
    typing = window.setTimeout(() => (store.filters.text = value), 200)
  })
  watch(ui, () => {
    store.filters.villageId = ui.unassigned ? '' : ui.villageId || undefined
    store.filters.result = ui.unverified ? '' : ui.result || undefined
  })
  watch(
    () => [store.filters.villageId, store.filters.result, store.filters.text, store.filters.pageSize],
    () => {
      store.filters.page = 1
      void store.watchRows()
    },
  )
  watch(
    () => store.filters.page,
    () => store.watchRows(),
  )

  /** Shows only one village's rows (`''`: the unassigned ones). */
  function pickVillage(villageId: string): void {
    ui.unassigned = villageId === ''
    ui.villageId = villageId
  }

  async function run<T>(work: () => Promise<T>, done?: (value: T) => string): Promise<T | undefined> {
    busy.value = true
    try {
      const value = await work()
      if (done) ElMessage.success(done(value))
      return value
    } catch (e) {
      fail(e)
      return undefined
    } finally {
      busy.value = false
    }
  }

  function verify(row: CountyListRow, result: VerificationResult | '', note = row.note): void {
    // 漏排 needs the person in the register first: the small registration form does both at once.
    if (result === 'missed-now-registered' && row.personId === '') {
      registering.value = row
      return
    }
    void run(
      () => store.verify(row.id, result, note),
      () => t('countyLists.saved', { row: row.rowNumber }),
    )
  }

  const setVillage = (row: CountyListRow, villageId: string) =>
    void run(() => store.setVillage(row.id, villageId ?? ''))

  const rematch = () =>
    run(
      () => store.rematch(listId.value),
      (s) => t('countyLists.rematched', { ...s }),
    )

  async function exportFeedback(titleRow: boolean): Promise<void> {
    const file = await run(() => store.feedback(listId.value, { titleRow }))
    if (!file) return
    saveBytes(file.bytes, file.fileName)
    ElMessage.success(t('countyLists.exported', { name: file.fileName }))
  }

  return {
    store,
    ui,
    text,
    busy,
    registering,
    villageNames,
    status,
    percent,
    pickVillage,
    verify,
    setVillage,
    rematch,
    exportFeedback,
  }
}
