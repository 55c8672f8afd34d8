import { defineStore } from 'pinia'
import { reactive, shallowRef } from 'vue'
import type { LocalDate } from '@/domain/common/entity'
import type { RoundInput } from '@/domain/control/round-rules'
import type { PoolTube, RoundCoverage, TestingRound, TubeResult } from '@/domain/control/testing-round'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import {
  getRound,
  listRounds,
  roundCoverage,
  unsampledPage,
  type UnsampledPage,
} from '@/db/repositories/control/round-repository'
import { findTube, samplesOfTube, tubesPage } from '@/db/repositories/control/tube-repository'
import { testsOfIds } from '@/db/repositories/control/nucleic-test-repository'
import {
  createTestingRound,
  recordRoundSample,
  recordTubeResult,
  retestPositiveTube,
  sealTube,
  type ScanInput,
} from '@/services/control/round-service'
import { useSessionStore } from './session'

/** The open round's live figures: the round row and its per-village coverage counters. */
export interface RoundView {
  round: TestingRound
  coverage: RoundCoverage[]
}

/** Mass testing rounds 全员核酸: the list, one round's coverage, its 应检尽检 list and tubes, and every scan. */
export const useRoundsStore = defineStore('rounds', () => {
  const rounds = shallowRef<TestingRound[]>([])
  const current = shallowRef<RoundView | undefined>()
  const unsampledQuery = reactive({ villageId: '', page: 1, pageSize: 20 })
  const unsampled = shallowRef<UnsampledPage>({ items: [], total: 0 })
  const tubeQuery = reactive<{ result: TubeResult | ''; page: number; pageSize: number }>({
    result: '',
    page: 1,
    pageSize: 20,
  })
  const tubes = shallowRef<PoolTube[]>([])
  const stops: (() => void)[] = []

  async function watchList(): Promise<void> {
    const db = await appDatabase()
    stops.push(
      watchQuery(
        () => listRounds(db),
        (v) => (rounds.value = v),
        () => undefined,
      ),
    )
  }

  async function watchRound(id: string): Promise<void> {
    const db = await appDatabase()
    stops.push(
      watchQuery(
        async () => {
          const [round, coverage] = await Promise.all([getRound(db, id), roundCoverage(db, id)])
          return round ? { round, coverage } : undefined
        },
        (v) => (current.value = v),
        () => undefined,
      ),
    )
  }

  let stopUnsampled: (() => void) | undefined
  async function watchUnsampled(roundId: string): Promise<void> {
    stopUnsampled?.()
    const db = await appDatabase()
    const q = { ...unsampledQuery }
    stopUnsampled = watchQuery(
      () => unsampledPage(db, roundId, q.villageId || undefined, q.page, q.pageSize),
      (v) => (unsampled.value = v),
      () => undefined,
    )
  }

  let stopTubes: (() => void) | undefined
  async function watchTubes(roundId: string): Promise<void> {
    stopTubes?.()
    const db = await appDatabase()
    const q = { ...tubeQuery }
    stopTubes = watchQuery(
      () => tubesPage(db, roundId, q.result || undefined, q.page, q.pageSize),
      (v) => (tubes.value = v),
      () => undefined,
    )
  }

  function unwatch(): void {
    for (const stop of stops.splice(0)) stop()
    stopUnsampled?.()
    stopTubes?.()
    stopUnsampled = stopTubes = undefined
    current.value = undefined
  }

  const session = useSessionStore()
  const role = () => session.user?.role ?? 'duty'

  async function create(input: RoundInput) {
    return createTestingRound(await appDatabase(), input, session.actor, role())
  }
  async function scan(roundId: string, input: ScanInput) {
    return recordRoundSample(await appDatabase(), roundId, input, session.actor, role())
  }
  async function seal(tubeId: string) {
    return sealTube(await appDatabase(), tubeId, session.actor, role())
  }
  async function setResult(tubeId: string, result: TubeResult, day: LocalDate) {
    return recordTubeResult(await appDatabase(), tubeId, result, day, session.actor, role())
  }
  async function retest(tubeId: string, dueOn: LocalDate) {
    return retestPositiveTube(await appDatabase(), tubeId, dueOn, session.actor, role())
  }
  async function tube(roundId: string, tubeNo: string) {
    return findTube(await appDatabase(), roundId, tubeNo)
  }
  async function tubePeople(tubeId: string) {
    return samplesOfTube(await appDatabase(), tubeId)
  }
  async function retests(ids: string[]) {
    return testsOfIds(await appDatabase(), ids)
  }

  return {
    rounds,
    current,
    unsampledQuery,
    unsampled,
    tubeQuery,
    tubes,
    watchList,
    watchRound,
    watchUnsampled,
    watchTubes,
    unwatch,
    create,
    scan,
    seal,
    setResult,
    retest,
    tube,
    tubePeople,
    retests,
  }
})
