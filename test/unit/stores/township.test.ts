import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ValidationError } from '@/domain/common/result'
import { DEMO_TOWNSHIP_NAME } from '@/domain/demo/demo-township'
import type { TownshipInput } from '@/domain/township/township'
import { appDatabase } from '@/db/instance'
import { getTownship } from '@/db/repositories/township-repository'
import { useSessionStore } from '@/stores/session'
import { useTownshipStore } from '@/stores/township'

// Setup hashes the administrator's password at the full PBKDF2 cost.
const SLOW = 30_000
const TOWNSHIP: TownshipInput = {
  name: '芦阳镇',
  code: '511826100000',
  countyName: '芦山县',
  reportWindow: { startTime: '11:00', endTime: '11:00', deadline: '11:30' },
  idleLockMinutes: 15,
}
const ADMIN = { name: '管理员', password: '2468' }

beforeEach(async () => {
  setActivePinia(createPinia())
  const db = await appDatabase()
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('useTownshipStore', () => {
  it('knows nothing until loaded, then that the wizard has not run', async () => {
    const store = useTownshipStore()
    expect(store.setUp).toBeNull()
    await store.load()
    expect(store.setUp).toBe(false)
    expect(store.township).toBeNull()
  })

  it(
    'finishes the wizard with the user’s township and reloads itself',
    async () => {
      const store = useTownshipStore()
      const result = await store.setup({ ...TOWNSHIP, code: '511826100000.0' }, ADMIN)
      expect(result.villageCount).toBe(0)
      expect(store.setUp).toBe(true)
      expect(store.township).toMatchObject({ name: '芦阳镇', code: '511826100000' })
      expect(store.township).toEqual(await getTownship(await appDatabase()))
    },
    SLOW,
  )

  it(
    'finishes the wizard with the demo township',
    async () => {
      const store = useTownshipStore()
      const result = await store.setup('demo', ADMIN)
      expect(result.villageCount).toBeGreaterThan(0)
      expect(store.township).toMatchObject({ name: DEMO_TOWNSHIP_NAME, demo: true })
      expect(await (await appDatabase()).villages.count()).toBe(result.villageCount)
    },
    SLOW,
  )

  it('refuses a wrong wizard form and stays not set up', async () => {
    const store = useTownshipStore()
    await expect(store.setup({ ...TOWNSHIP, code: '123' }, ADMIN)).rejects.toBeInstanceOf(ValidationError)
    await store.load()
    expect(store.setUp).toBe(false)
  })

  it(
    'saves edited settings as the signed-in user, and keeps the old ones when refused',
    async () => {
      const store = useTownshipStore()
      await store.setup(TOWNSHIP, ADMIN)
      const session = useSessionStore()
      await session.signIn('管理员', '2468')

      await store.save({ ...TOWNSHIP, idleLockMinutes: 5 })
      expect(store.township?.idleLockMinutes).toBe(5)
      expect(store.township?.updatedBy).toBe(session.user?.id)

      const error = await store.save({ ...TOWNSHIP, idleLockMinutes: 999 }).catch((e: unknown) => e)
      expect((error as ValidationError).problems.map((p) => p.code)).toEqual(['idleLock'])
      expect(store.township?.idleLockMinutes).toBe(5)
      expect((await getTownship(await appDatabase()))?.idleLockMinutes).toBe(5)
    },
    SLOW,
  )
})
