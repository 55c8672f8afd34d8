import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Meeting } from '@/domain/board/meeting'
import type { TrendKey } from '@/domain/figures/figure-keys'
import type { FigureTrend, VillageFigures } from '@/domain/figures/figure-value'
import type { OrderInput } from '@/domain/log/order'
import { appDatabase } from '@/db/instance'
import { loadVillageBoard, watchBoard, type BoardData } from '@/services/board/board-service'
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
  /** The current watch (0: none), so a read that finishes after a stop or restart is dropped. */
  let watching = 0
  let watchingCount = 0
  let firstFigures: Promise<void> = Promise.resolve()
  const actor = () => useSessionStore().actor
  const fail = (e: unknown) => (error.value = e)

  /**
   * The villages' figures and the trends, read once (not live) after each new set of today's figures: one write
   * re-ran three live queries at once before (today's tiles, every village, five trends), all reading the same
   * rows, and the tiles waited for the others. Now only the tiles' query is live; these follow it, one read at a
   * time, a burst of writes coalesced into one more read. (The minute timer restarts everything, so a change the
   * tiles do not read, e.g. an older day's check for a trend, shows within a minute.)
   */
  let following: Promise<void> | null = null
  let followAgain = false
  function follow(): void {
    followAgain = true
    if (following) return
    following = (async () => {
      try {
        const db = await appDatabase()
        while (followAgain && watching) {
          followAgain = false
          const generation = watching
          const now = Date.now()
          const v = await loadVillageBoard(db, villageIds, now)
          if (generation !== watching) continue
          villages.value = v
          const days = trendDays.value
          const t = await Promise.all(BOARD_TRENDS.map((key) => figureTrend(db, key, days, now)))
          if (generation === watching) trends.value = t
        }
      } catch (e) {
        fail(e)
      } finally {
        following = null
      }
    })()
  }

  /** Which villages the board presents (the active ones, in order): their figures are read again now. */
  async function watchVillages(ids: readonly string[]): Promise<void> {
    villageIds = ids
    if (watching) follow()
  }

  /** Starts (or restarts, when the clock has moved on) watching everything the board shows. */
  async function watch(ids: readonly string[]): Promise<void> {
    stop()
    villageIds = ids
    const generation = ++watchingCount
    watching = generation
    let arrived = () => {}
    firstFigures = new Promise<void>((resolve) => (arrived = resolve))
    const db = await appDatabase()
    if (watching !== generation) return
    stops.push(
      watchBoard(
        db,
        Date.now(),
        (v) => {
          data.value = v
          refreshedAt.value = Date.now()
          arrived()
          follow()
        },
        fail,
      ),
    )
  }

  /** Resolves when the current watch has delivered its first figures (what the screen should wait for). */
  const figuresShown = (): Promise<void> => firstFigures

  function stop(): void {
    for (const s of stops.splice(0)) s()
    watching = 0
    followAgain = false
  }

  async function setTrendDays(days: 7 | 14 | 30): Promise<void> {
    trendDays.value = days
    const db = await appDatabase()
    const generation = watching
    const t = await Promise.all(BOARD_TRENDS.map((key) => figureTrend(db, key, days, Date.now())))
    if (generation === watching && trendDays.value === days) trends.value = t
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
    figuresShown,
    stop,
    setTrendDays,
    start,
    changeAttendees,
    decide,
    order,
    end,
  }
})
