import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SYSTEM_ACTOR, type User } from '@/domain/accounts/user'
import { appDatabase } from '@/db/instance'
import { createUser } from '@/db/repositories/user-repository'
import { hashPassword } from '@/services/accounts/password-hash'
import { useLogStore } from '@/stores/log'
import { useLogChainStore } from '@/stores/log-chain'
import { useSessionStore } from '@/stores/session'

let officer: User

beforeEach(async () => {
  setActivePinia(createPinia())
  const db = await appDatabase()
  await Promise.all(db.tables.map((table) => table.clear()))
  officer = await createUser(
    db,
    { name: '张值班', role: 'duty', password: await hashPassword('2468', 1000) },
    SYSTEM_ACTOR,
  )
  await useSessionStore().signIn('张值班', '2468')
})

afterEach(() => {
  useLogStore().stop()
  useLogChainStore().stop()
})

describe('useLogStore', () => {
  it("keeps today's page live, writes as the signed-in officer, and a correction from the dialog points back", async () => {
    const store = useLogStore()
    await store.watchPage()
    await vi.waitFor(() => expect(store.loading).toBe(false))
    const first = await store.append({ kind: 'call-in', content: '青龙村来电' })
    expect(first.authorId).toBe(officer.id)
    await vi.waitFor(() => expect(store.page.items.map((e) => e.content)).toEqual(['青龙村来电']))

    store.openCapture(first)
    const fix = await store.append({ kind: 'call-in', content: '青龙村来电（更正）' })
    expect(fix.corrects).toBe(first.id)
    await vi.waitFor(() => expect(store.page.correctedBy[first.id]).toEqual([fix.seq]))
  })

  it('filters when watched again', async () => {
    const store = useLogStore()
    await store.append({ kind: 'call-in', content: '来电一' })
    await store.append({ kind: 'report', content: '报告一' })
    store.filter.kinds = ['report']
    await store.watchPage()
    await vi.waitFor(() => expect(store.page.items.map((e) => e.content)).toEqual(['报告一']))
  })
})

describe('useLogChainStore', () => {
  it('checks the chain at start and each new entry as it comes, and reports tampering on a full check', async () => {
    const log = useLogStore()
    const chain = useLogChainStore()
    await log.append({ kind: 'other', content: '一' })
    await chain.watch()
    await vi.waitFor(() => expect(chain.report).toEqual({ checked: 1, breaks: [] }))
    const second = await log.append({ kind: 'other', content: '二' })
    await vi.waitFor(() => expect(chain.report?.checked).toBe(2))
    await (await appDatabase()).logEntries.update(second.id, { content: '篡改' })
    await chain.verifyAll()
    expect(chain.report?.breaks).toEqual([{ kind: 'altered', seq: 2, id: second.id }])
  })
})
