import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appDatabase } from '@/db/instance'
import { countsOf } from '@/domain/map/village-counts'
import { useMapFiguresStore } from '@/stores/map-figures'
import { A, B, CHECKS } from '../../fixtures/figures'
import { startFigureStoreTest } from '../../fixtures/store-test'

beforeEach(startFigureStoreTest)

afterEach(() => {
  useMapFiguresStore().unwatch()
  vi.useRealTimers()
})

const TODAY = '2022-07-10'
const fevers = (store: ReturnType<typeof useMapFiguresStore>) => countsOf(store.counts, TODAY, A).fevers

describe('useMapFiguresStore', () => {
  it('keeps the counts live: a fever written today is counted', async () => {
    const store = useMapFiguresStore()
    await store.watchCounts([A, B])
    await vi.waitFor(() => expect(store.countedOn).toBe(TODAY))
    const before = fevers(store)
    await (await appDatabase()).healthChecks.add({ ...CHECKS[0], id: 'h_new', measureId: 'm1_again', feverOn: TODAY })
    await vi.waitFor(() => expect(fevers(store)).toBe(before + 1))
  })

  it('starts no watch when left while the database was still opening', async () => {
    const store = useMapFiguresStore()
    const watching = store.watchCounts([A, B])
    store.unwatch()
    await watching
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(store.countedOn).toBe('')
    expect(store.counts.size).toBe(0)
  })
})
