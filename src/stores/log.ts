import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import type { LocalDate } from '@/domain/common/entity'
import type { LogEntry, LogEntryInput } from '@/domain/log/log-entry'
import { dayWindow, daysWindow, shiftWindow, type LogFilter, type TimeWindow } from '@/domain/log/log-window'
import { localToday } from '@/domain/person/dates'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { listPeople } from '@/db/repositories/person-list-repository'
import { appendLogEntry, correctLogEntry, entriesBetween, searchLog, type LogPage } from '@/services/log/log-service'
import { useSessionStore } from './session'

/** Which span of time the log screen shows. */
export type LogSpan = 'today' | 'shift' | 'range'

/** The log screen's filters and page, kept live as entries are added; and the capture dialog. */
export const useLogStore = defineStore('log', () => {
  const span = ref<LogSpan>('today')
  const range = ref<[LocalDate, LocalDate]>([localToday(), localToday()])
  const filter = reactive<LogFilter>({ kinds: [], villageId: '', authorId: '', text: '' })
  const paging = reactive({ page: 1, pageSize: 20 })
  const page = shallowRef<LogPage>({ items: [], total: 0, correctedBy: {}, correctedSeq: {} })
  const loading = ref(false)
  const error = ref<unknown>(null)
  /** The capture dialog: open, and the entry being corrected (if any). */
  const capture = reactive<{ open: boolean; correcting: LogEntry | null }>({ open: false, correcting: null })
  let stopPage: (() => void) | undefined

  function currentWindow(): TimeWindow {
    if (span.value === 'shift') return shiftWindow(Date.now())
    if (span.value === 'range') return daysWindow(range.value[0], range.value[1])
    return dayWindow(localToday())
  }

  async function watchPage(): Promise<void> {
    stopPage?.()
    loading.value = true
    const db = await appDatabase()
    const query = { ...filter, kinds: [...(filter.kinds ?? [])], ...paging, window: currentWindow() }
    stopPage = watchQuery(
      () => searchLog(db, query),
      (value) => {
        page.value = value
        loading.value = false
      },
      (e) => {
        error.value = e
        loading.value = false
      },
    )
  }

  function stop(): void {
    stopPage?.()
    stopPage = undefined
  }

  function openCapture(correcting: LogEntry | null = null): void {
    capture.correcting = correcting
    capture.open = true
  }

  async function append(input: LogEntryInput): Promise<LogEntry> {
    const db = await appDatabase()
    const actor = useSessionStore().actor
    return capture.correcting
      ? correctLogEntry(db, actor, capture.correcting.id, input)
      : appendLogEntry(db, actor, input)
  }

  /** Every entry of a day, oldest first (the printed log book). */
  async function dayEntries(day: LocalDate): Promise<LogEntry[]> {
    const { from, to } = dayWindow(day)
    return entriesBetween(await appDatabase(), from, to)
  }

  /** People of the register matching a name, initials or number (the link pickers). */
  async function searchPeople(text: string): Promise<{ id: string; name: string }[]> {
    if (!text.trim()) return []
    const found = await listPeople(await appDatabase(), { text, page: 1, pageSize: 10 })
    return found.items.map((p) => ({ id: p.id, name: p.name }))
  }

  return {
    searchPeople,
    span,
    range,
    filter,
    paging,
    page,
    loading,
    error,
    capture,
    watchPage,
    stop,
    openCapture,
    append,
    dayEntries,
  }
})
