import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { LocalDate } from '@/domain/common/entity'
import type { DailyReport, ReportKind, ReportNarrative } from '@/domain/reports/daily-report'
import { currentReportDate, firstSubmittedAt, reportPeriod, type ReportPeriod } from '@/domain/reports/report-window'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { getReport, recentReports, reportVersions } from '@/db/repositories/report-repository'
import { buildReportDocx, reportFileName } from '@/services/reports/report-docx'
import { reportFigures } from '@/services/reports/report-figures'
import {
  amendReport,
  approveReport,
  reviewReport,
  signReport,
  submitReport,
  unsignReport,
} from '@/services/reports/report-flow-service'
import { openReport, refreshFigures, saveNarrative, switchKind } from '@/services/reports/report-service'
import { useSessionStore } from './session'
import { useTownshipStore } from './township'

/** Days of reports the history list keeps. */
export const HISTORY_DAYS = 30

/** The daily report screen: the chosen day's versions (live), the recent reports, and every step of the flow. */
export const useReportsStore = defineStore('reports', () => {
  const date = ref<LocalDate>(currentReportDate(Date.now()))
  const versions = shallowRef<DailyReport[]>([])
  const recent = shallowRef<DailyReport[]>([])
  const loaded = ref(false)
  const error = ref<unknown>(null)
  let stopDay: (() => void) | undefined
  let stopRecent: (() => void) | undefined
  /** Today's newest version, for the home card (whatever day the report screen shows). */
  const today = shallowRef<DailyReport | undefined>()
  /** When today's report was first submitted (an amendment in progress keeps the day reported). */
  const todaySubmittedAt = ref<number>()
  let todayWatched: string | undefined
  let stopToday: (() => void) | undefined

  /** The newest version of the chosen day, the one the flow works on. */
  const current = computed(() => versions.value.at(-1))
  /** The chosen day's window and deadline from the township settings. */
  const period = computed<ReportPeriod | undefined>(() => {
    const township = useTownshipStore().township
    return township ? reportPeriod(date.value, township.reportWindow) : undefined
  })

  async function watchDay(day: LocalDate = date.value): Promise<void> {
    stopDay?.()
    date.value = day
    loaded.value = false
    const db = await appDatabase()
    stopDay = watchQuery(
      () => reportVersions(db, day),
      (v) => {
        versions.value = v
        loaded.value = true
      },
      (e) => (error.value = e),
    )
  }

  async function watchRecent(): Promise<void> {
    if (stopRecent) return
    const db = await appDatabase()
    stopRecent = watchQuery(
      () => recentReports(db, HISTORY_DAYS),
      (r) => (recent.value = r),
      (e) => (error.value = e),
    )
  }

  async function watchToday(): Promise<void> {
    const day = currentReportDate(Date.now())
    if (todayWatched === day) return
    stopToday?.()
    todayWatched = day
    const db = await appDatabase()
    stopToday = watchQuery(
      () => reportVersions(db, day),
      (v) => {
        today.value = v.at(-1)
        todaySubmittedAt.value = firstSubmittedAt(v)
      },
      (e) => (error.value = e),
    )
  }

  function stop(): void {
    stopDay?.()
    stopDay = undefined
  }

  async function step<T>(
    work: (db: Awaited<ReturnType<typeof appDatabase>>, session: ReturnType<typeof useSessionStore>) => Promise<T>,
  ) {
    const session = useSessionStore()
    return work(await appDatabase(), session)
  }
  const role = (session: ReturnType<typeof useSessionStore>) => session.user?.role ?? 'duty'

  const start = () => step((db, s) => openReport(db, s.actor, role(s), date.value, reportFigures))
  const refresh = (id: string) => step((db, s) => refreshFigures(db, s.actor, role(s), id, reportFigures))
  const save = (id: string, text: ReportNarrative) => step((db, s) => saveNarrative(db, s.actor, role(s), id, text))
  const setKind = (id: string, kind: ReportKind) => step((db, s) => switchKind(db, s.actor, role(s), id, kind))
  const sign = (id: string) => step((db, s) => signReport(db, s.actor, role(s), id))
  const unsign = (id: string) => step((db, s) => unsignReport(db, s.actor, role(s), id))
  const review = (id: string) => step((db, s) => reviewReport(db, s.actor, role(s), id))
  const approve = (id: string) => step((db, s) => approveReport(db, s.actor, role(s), id))
  const submit = (id: string) => step((db, s) => submitReport(db, s.actor, role(s), id))
  const amend = (id: string, reason: string) => step((db, s) => amendReport(db, s.actor, role(s), id, reason))

  /** One report (the print page). */
  async function byId(id: string): Promise<DailyReport | undefined> {
    return getReport(await appDatabase(), id)
  }

  /** The report's .docx bytes and file name. */
  async function docx(report: DailyReport): Promise<{ bytes: Uint8Array; name: string }> {
    return { bytes: await buildReportDocx(report), name: reportFileName(report) }
  }

  return {
    date,
    versions,
    recent,
    loaded,
    error,
    current,
    period,
    watchDay,
    watchRecent,
    today,
    todaySubmittedAt,
    watchToday,
    stop,
    start,
    refresh,
    save,
    setKind,
    sign,
    unsign,
    review,
    approve,
    submit,
    amend,
    byId,
    docx,
  }
})
