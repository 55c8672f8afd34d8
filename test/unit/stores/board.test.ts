import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appDatabase } from '@/db/instance'
import { useBoardStore } from '@/stores/board'
import { A, B, CHECKS } from '../../fixtures/figures'
import { startFigureStoreTest } from '../../fixtures/store-test'

beforeEach(startFigureStoreTest)

afterEach(() => {
  useBoardStore().stop()
  vi.useRealTimers()
})

const fevers = (store: ReturnType<typeof useBoardStore>) => store.data?.figures.figures.fevers?.value
const villageFevers = (store: ReturnType<typeof useBoardStore>, id: string) =>
  store.villages.get(id)?.figures.fevers?.value

describe('useBoardStore', () => {
  it("keeps today's tiles live and reads the villages and trends after them, again after each write", async () => {
    const store = useBoardStore()
    await store.watch([A, B])
    await store.figuresShown()
    expect(store.data).not.toBeNull()
    await vi.waitFor(() => expect(store.villages.size).toBe(2))
    await vi.waitFor(() => expect(store.trends).toHaveLength(5))
    const township = fevers(store)!
    const inA = villageFevers(store, A)!

    // One fever more in village A today: the tiles count it, then village A's figures do too.
    await (await appDatabase()).healthChecks.add({ ...CHECKS[0], id: 'h_new', measureId: 'm1_again' })
    await vi.waitFor(() => expect(fevers(store)).toBe(township + 1))
    await vi.waitFor(() => expect(villageFevers(store, A)).toBe(inA + 1))
  })

  it('stops: a write after stop() changes nothing on the board', async () => {
    const store = useBoardStore()
    await store.watch([A, B])
    await store.figuresShown()
    await vi.waitFor(() => expect(store.villages.size).toBe(2))
    const before = store.data
    store.stop()
    await (await appDatabase()).healthChecks.add({ ...CHECKS[0], id: 'h_late', measureId: 'm1_late' })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(store.data).toBe(before)
  })
})
