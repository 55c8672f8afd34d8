import { computed, onBeforeUnmount, onMounted, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { LogEntry } from '@/domain/log/log-entry'
import { useAccountsStore } from '@/stores/accounts'
import { useLogStore } from '@/stores/log'
import { useVillagesStore } from '@/stores/villages'
import { formatDateTime } from '@/utils/format'

/** The log screen: re-queries when the span, filters or page change; names for ids; time text of an entry. */
export function useLogView() {
  const { t } = useI18n()
  const log = useLogStore()
  const villages = useVillagesStore()
  const accounts = useAccountsStore()

  onMounted(() => {
    void villages.watchActive()
    void accounts.watch()
    void log.watchPage()
  })
  onBeforeUnmount(() => log.stop())
  watch(
    () => [log.span, log.range, { ...log.filter, kinds: [...(log.filter.kinds ?? [])] }],
    () => {
      log.paging.page = 1
      void log.watchPage()
    },
    { deep: true },
  )
  watch(
    () => [log.paging.page, log.paging.pageSize],
    () => void log.watchPage(),
  )

  const villageNames = computed(() => new Map(villages.active.map((v) => [v.id, v.name])))
  const villageName = (id: string) => (id ? (villageNames.value.get(id) ?? '') : '')

  /** `11-29 08:05`, and "补记于 …" when typed in more than five minutes later. */
  function timeText(entry: LogEntry): { time: string; late: string } {
    const entered = formatDateTime(entry.enteredAt)
    const sameDay = entered.slice(0, 10) === formatDateTime(entry.occurredAt).slice(0, 10)
    const late =
      entry.enteredAt - entry.occurredAt > 5 * 60_000
        ? t('log.enteredLate', { time: sameDay ? entered.slice(11) : entered.slice(5) })
        : ''
    return { time: formatDateTime(entry.occurredAt).slice(5), late }
  }

  function correctedText(entry: LogEntry): string {
    const seqs = log.page.correctedBy[entry.id]
    return seqs?.length ? t('log.corrected', { seqs: seqs.join('、') }) : ''
  }

  return { log, villages, accounts, villageName, timeText, correctedText }
}
