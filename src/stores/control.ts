import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import type { LocalDate } from '@/domain/common/entity'
import type { HealthCheck } from '@/domain/control/health-check'
import type { ControlMeasure, ReleaseReason } from '@/domain/control/measure'
import type { StartMeasureInput, TransferInput } from '@/domain/control/measure-rules'
import type { NucleicResult, NucleicTest } from '@/domain/control/nucleic-test'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { checksOfMeasure } from '@/db/repositories/control/health-check-repository'
import {
  getMeasure,
  listMeasures,
  measuresOfPerson,
  type MeasurePage,
  type MeasureQuery,
} from '@/db/repositories/control/measure-repository'
import { testsOfMeasure } from '@/db/repositories/control/nucleic-test-repository'
import {
  availablePacks,
  changeMeasureEnd,
  releaseMeasure,
  startMeasure,
  suggestedPack,
  transferMeasure,
} from '@/services/control/measure-service'
import { recordTestResult } from '@/services/control/test-service'
import { allPacks, applyPackChanges, changesOfPack, writePack } from '@/services/control/pack-service'
import type { RulePack } from '@/domain/control/rule-pack'
import { todayOverview, type TodayOverview } from '@/services/control/today-service'
import { useSessionStore } from './session'

/** A measure with its tests and checks, for the measure drawer. */
export interface MeasureDetail {
  measure: ControlMeasure
  tests: NucleicTest[]
  checks: HealthCheck[]
}

const MISSED_KEY = 'command-post.control.missedAfter'

/** Control measures: the list, the today overview, a measure's page and every change to a measure. */
export const useControlStore = defineStore('control', () => {
  const query = reactive<MeasureQuery>({ status: 'active', page: 1, pageSize: 20 })
  const page = shallowRef<MeasurePage>({ items: [], total: 0 })
  const today = shallowRef<TodayOverview | undefined>()
  // The shipped packs at once; the ones written here join them when loadPacks has read them.
  const packs = shallowRef<readonly RulePack[]>(availablePacks())
  // A preference of this PC, like the locale: how many days without a check make someone "missed".
  const missedAfter = ref(Number(localStorage.getItem(MISSED_KEY)) || 2)
  let stopPage: (() => void) | undefined
  let stopToday: (() => void) | undefined

  async function watchPage(): Promise<void> {
    stopPage?.()
    const db = await appDatabase()
    const snapshot = { ...query, villageId: query.villageId || undefined }
    stopPage = watchQuery(
      () => listMeasures(db, snapshot),
      (v) => (page.value = v),
      () => undefined,
    )
  }

  async function watchToday(date: LocalDate): Promise<void> {
    stopToday?.()
    localStorage.setItem(MISSED_KEY, String(missedAfter.value))
    const db = await appDatabase()
    const days = missedAfter.value
    stopToday = watchQuery(
      () => todayOverview(db, date, days),
      (v) => (today.value = v),
      () => undefined,
    )
  }

  /** The per-PC number of days without a check after which someone is listed as missed. */
  function setMissedAfter(days: number): void {
    missedAfter.value = Math.min(14, Math.max(1, Math.round(days)))
    localStorage.setItem(MISSED_KEY, String(missedAfter.value))
  }

  function unwatch(): void {
    stopPage?.()
    stopToday?.()
    stopPage = stopToday = undefined
  }

  async function detail(id: string): Promise<MeasureDetail | undefined> {
    const db = await appDatabase()
    const measure = await getMeasure(db, id)
    if (!measure) return undefined
    const [tests, checks] = await Promise.all([testsOfMeasure(db, id), checksOfMeasure(db, id)])
    return { measure, tests, checks }
  }

  async function ofPerson(personId: string): Promise<ControlMeasure[]> {
    return measuresOfPerson(await appDatabase(), personId)
  }

  const actor = () => useSessionStore().actor
  const role = () => useSessionStore().user?.role ?? 'duty'

  async function start(episodeId: string, input: StartMeasureInput) {
    return startMeasure(await appDatabase(), episodeId, input, actor(), role())
  }
  async function changeEnd(id: string, newEnd: LocalDate, reason: string) {
    return changeMeasureEnd(await appDatabase(), id, newEnd, reason, actor(), role())
  }
  async function transfer(id: string, input: TransferInput) {
    return transferMeasure(await appDatabase(), id, input, actor(), role())
  }
  async function release(id: string, reason: ReleaseReason, note: string, date: LocalDate) {
    return releaseMeasure(await appDatabase(), id, reason, note, actor(), role(), date)
  }
  async function recordResult(testId: string, result: NucleicResult, sampledOn: LocalDate) {
    return recordTestResult(await appDatabase(), testId, result, sampledOn, actor(), role())
  }

  async function loadPacks(): Promise<readonly RulePack[]> {
    packs.value = await allPacks(await appDatabase())
    return packs.value
  }
  async function savePack(pack: RulePack) {
    const saved = await writePack(await appDatabase(), pack, actor(), role())
    await loadPacks()
    return saved
  }
  async function packChanges(packId: string) {
    return changesOfPack(await appDatabase(), packId)
  }
  async function applyPack(packId: string, measureIds: string[]) {
    return applyPackChanges(await appDatabase(), packId, measureIds, actor(), role())
  }

  return {
    query,
    page,
    today,
    missedAfter,
    setMissedAfter,
    packs,
    loadPacks,
    savePack,
    packChanges,
    applyPack,
    suggestedPack: (date: LocalDate) => suggestedPack(date, packs.value),
    watchPage,
    watchToday,
    unwatch,
    detail,
    ofPerson,
    start,
    changeEnd,
    transfer,
    release,
    recordResult,
  }
})
