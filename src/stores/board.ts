import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Meeting } from '@/domain/board/meeting'
import type { TrendKey } from '@/domain/figures/figure-keys'
import type { FigureTrend, VillageFigures } from '@/domain/figures/figure-value'
import type { OrderInput } from '@/domain/log/order'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { loadBoard, loadVillageBoard, type BoardData } from '@/services/board/board-service'
import {
  endMeeting,
  issueMeetingOrder,
  recordDecision,
  setAttendees,
  startMeeting,
} from '@/services/board/meeting-service'
import { figureTrend } from '@/services/figures/figure-trend'
import { useSessionStore } from './session'

/** The trends the board draws: registrations, people under control, fevers and tests. */
export const BOARD_TRENDS = [
  'registrations.total',
  'underControl.total',
  'fevers',
  'tests.done',
  'tests.positive',
] as const satisfies readonly TrendKey[]

/**
 * The dispatch board: today's figures, open orders, incidents and the meeting kept live (each change replaces
 * the whole value at once, so the screen never blanks while it refreshes), every village's figures, the trends.
 */
export const useBoardStore = defineStore('board', () => {
  const data = shallowRef<BoardData | null>(null)
  const villages = shallowRef<Map<string, VillageFigures>>(new Map())
  const trends = shallowRef<FigureTrend[]>([])
  const trendDays = ref<7 | 14 | 30>(7)
  /** When the last figures arrived (the benchmark and the clock line read it). */
  const refreshedAt = ref(0)
  const error = ref<unknown>(null)
  const stops: (() => void)[] = []
  let villageIds: readonly string[] = []
  let stopVillages: (() => void) | undefined
  let stopTrends: (() => void) | undefined
  const actor = () => useSessionStore().actor
  const fail = (e: unknown) => (error.value = e)

  async function watchVillages(ids: readonly string[]): Promise<void> {
    villageIds = ids
    stopVillages?.()
    const db = await appDatabase()
    stopVillages = watchQuery(
      () => loadVillageBoard(db, villageIds, Date.now()),
      (v) => (villages.value = v),
      fail,
    )
  }

  async function watchTrends(): Promise<void> {
    stopTrends?.()
    const db = await appDatabase()
    const days = trendDays.value
    stopTrends = watchQuery(
      () => Promise.all(BOARD_TRENDS.map((key) => figureTrend(db, key, days, Date.now()))),
      (v) => (trends.value = v),
      fail,
    )
  }

  /** Starts (or restarts, when the clock has moved on) watching everything the board shows. */
  async function watch(ids: readonly string[]): Promise<void> {
    stop()
    const db = await appDatabase()
    let first = true
    stops.push(
      watchQuery(
        () => loadBoard(db, Date.now()),
        (v) => {
          data.value = v
          refreshedAt.value = Date.now()
          // The villages' figures and the trends start once today's tiles are up: they would only slow them down.
          if (first) void Promise.all([watchVillages(ids), watchTrends()])
          first = false
        },
        fail,
      ),
    )
  }

  function stop(): void {
    for (const s of stops.splice(0)) s()
    stopVillages?.()
    stopTrends?.()
    stopVillages = stopTrends = undefined
  }

  async function setTrendDays(days: 7 | 14 | 30): Promise<void> {
    trendDays.value = days
    await watchTrends()
  }

  const meetingId = () => data.value?.meeting?.id ?? ''
  async function start(title: string, attendees: string): Promise<Meeting> {
    return startMeeting(await appDatabase(), actor(), title, attendees)
  }
  async function changeAttendees(attendees: string): Promise<Meeting> {
    return setAttendees(await appDatabase(), actor(), meetingId(), attendees)
  }
  async function decide(text: string) {
    return recordDecision(await appDatabase(), actor(), meetingId(), text)
  }
  async function order(input: Omit<OrderInput, 'source'>) {
    return issueMeetingOrder(await appDatabase(), actor(), meetingId(), input)
  }
  async function end(): Promise<Meeting> {
    return endMeeting(await appDatabase(), actor(), meetingId())
  }

  return {
    data,
    villages,
    trends,
    trendDays,
    refreshedAt,
    error,
    watch,
    watchVillages,
    stop,
    setTrendDays,
    start,
    changeAttendees,
    decide,
    order,
    end,
  }
})
