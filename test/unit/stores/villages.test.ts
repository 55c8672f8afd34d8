import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SYSTEM_ACTOR, type User } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import type { VillageInput } from '@/domain/township/village'
import { appDatabase } from '@/db/instance'
import { saveTownship } from '@/db/repositories/township-repository'
import { createUser } from '@/db/repositories/user-repository'
import { hashPassword } from '@/services/accounts/password-hash'
import { useSessionStore } from '@/stores/session'
import { useVillagesStore } from '@/stores/villages'

let clerk: User

function input(code: string, name: string): VillageInput {
  return {
    code,
    name,
    urbanRuralClass: '220',
    population: 1000,
    households: 300,
    secretary: { name: '', phone: '' },
    doctor: { name: '', phone: '' },
    grids: [],
  }
}

beforeEach(async () => {
  setActivePinia(createPinia())
  const db = await appDatabase()
  await Promise.all(db.tables.map((table) => table.clear()))
  await saveTownship(
    db,
    {
      name: '芦阳镇',
      code: '511826100000',
      countyName: '芦山县',
      reportWindow: { startTime: '11:00', endTime: '11:00', deadline: '11:30' },
      idleLockMinutes: 15,
    },
    SYSTEM_ACTOR,
  )
  clerk = await createUser(
    db,
    { name: '陈文书', role: 'clerk', password: await hashPassword('2468', 1000) },
    SYSTEM_ACTOR,
  )
  await useSessionStore().signIn('陈文书', '2468')
})

afterEach(() => {
  useVillagesStore().stop()
})

describe('useVillagesStore', () => {
  it('keeps the page live: a saved village appears, a retired one leaves, a restored one returns', async () => {
    const store = useVillagesStore()
    await store.watchPage()
    await vi.waitFor(() => expect(store.loading).toBe(false))
    expect(store.page).toEqual({ items: [], total: 0 })

    const village = await store.save(undefined, input('511826100201', '新华村'))
    expect(village.createdBy).toBe(clerk.id)
    await vi.waitFor(() => expect(store.page.items.map((v) => v.name)).toEqual(['新华村']))

    await store.retire(village.id, '并入青龙村')
    await vi.waitFor(() => expect(store.page.total).toBe(0))
    await store.restore(village.id)
    await vi.waitFor(() => expect(store.page.total).toBe(1))
    expect(store.error).toBeNull()
  })

  it('applies the query when the page is watched again', async () => {
    const store = useVillagesStore()
    await store.save(undefined, input('511826100201', '新华村'))
    await store.save(undefined, input('511826100001', '城东社区'))
    store.query.kind = 'community'
    await store.watchPage()
    await vi.waitFor(() => expect(store.page.items.map((v) => v.code)).toEqual(['511826100001']))
    store.query.kind = undefined
    store.query.text = '新华'
    await store.watchPage()
    await vi.waitFor(() => expect(store.page.items.map((v) => v.code)).toEqual(['511826100201']))
  })

  it('stops following changes once stopped', async () => {
    const store = useVillagesStore()
    await store.watchPage()
    await vi.waitFor(() => expect(store.loading).toBe(false))
    store.stop()
    await store.save(undefined, input('511826100201', '新华村'))
    await new Promise((done) => setTimeout(done, 50))
    expect(store.page.total).toBe(0)
  })

  it('keeps the active villages for pickers live', async () => {
    const store = useVillagesStore()
    await store.watchActive()
    const village = await store.save(undefined, input('511826100201', '新华村'))
    await vi.waitFor(() => expect(store.active.map((v) => v.id)).toEqual([village.id]))
    await store.retire(village.id, '撤并')
    await vi.waitFor(() => expect(store.active).toEqual([]))
  })

  it('passes refusals on: a blank retirement reason, an invalid village', async () => {
    const store = useVillagesStore()
    const village = await store.save(undefined, input('511826100201', '新华村'))
    await expect(store.retire(village.id, ' ')).rejects.toBeInstanceOf(ValidationError)
    await expect(store.save(undefined, input('511826100201', '新民村'))).rejects.toBeInstanceOf(ValidationError)
    expect(await (await appDatabase()).villages.count()).toBe(1)
  })

  it('previews a picked file without writing, then imports it as the signed-in clerk', async () => {
    const store = useVillagesStore()
    const bytes = readFileSync(resolve('test/fixtures/villages/national-text-codes.xlsx'))
    const file = new File([new Uint8Array(bytes)], 'national-text-codes.xlsx')
    const db = await appDatabase()
    const preview = await store.previewImport(file)
    expect(preview.sheet.rows).toHaveLength(7)
    expect(await db.villages.count()).toBe(0)
    expect(await store.commitImport(preview)).toEqual({ created: 7, updated: 0, unchanged: 0 })
    expect(await db.audit.where('action').equals('import').first()).toMatchObject({ actorId: clerk.id })
    expect(await store.commitImport(await store.previewImport(file))).toEqual({ created: 0, updated: 0, unchanged: 7 })
  })
})
