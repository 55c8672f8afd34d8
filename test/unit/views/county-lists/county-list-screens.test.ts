import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { SYSTEM_ACTOR } from '@/domain/accounts/user'
import { appDatabase } from '@/db/instance'
import { listAllRows } from '@/db/repositories/county-list-repository'
import { i18n } from '@/i18n'
import { importCountyList, previewCountyList } from '@/services/county-lists/import-list-service'
import { useCountyListsStore } from '@/stores/county-lists'
import CountyListDetail from '@/views/county-lists/CountyListDetail.vue'
import CountyListsView from '@/views/county-lists/CountyListsView.vue'
import MissedRegistrationDialog from '@/views/county-lists/MissedRegistrationDialog.vue'
import { seedRegister } from '../../../fixtures/county-lists/register'

let pinia: Pinia
let router: Router
let wrapper: VueWrapper | undefined
let listId: string

beforeEach(async () => {
  pinia = createPinia()
  setActivePinia(pinia)
  const db = await appDatabase()
  await Promise.all(db.tables.map((table) => table.clear()))
  await seedRegister(db, SYSTEM_ACTOR)
  const bytes = new Uint8Array(readFileSync(resolve('test/fixtures/county-lists/xiecha.xlsx')))
  const preview = await previewCountyList(db, 'xiecha.xlsx', bytes, '2022-11-20')
  const meta = { title: '协查函〔2022〕15号', source: '协查函', receivedOn: '2022-11-20', dueOn: '2022-11-21' }
  listId = (await importCountyList(db, preview, meta, SYSTEM_ACTOR)).list.id
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/county-lists', component: CountyListsView },
      { path: '/county-lists/:id', component: CountyListDetail },
    ],
  })
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

async function show(path: string, component: typeof CountyListsView) {
  await router.push(path)
  wrapper = mount(component, { global: { plugins: [i18n, pinia, ElementPlus, router] }, attachTo: document.body })
  await flushPromises()
}

const text = (testId: string) => document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? ''

// Element Plus under happy-dom is slow, and these run beside the other suites: room for a busy machine.
describe('county list screens', { timeout: 20_000 }, () => {
  it('lists the list with its progress and the overdue flag', async () => {
    await show('/county-lists', CountyListsView)
    await vi.waitFor(() => expect(text('county-lists-table')).toContain('协查函〔2022〕15号'), { timeout: 5000 })
    expect(text('county-lists-table')).toContain('已核查 0 / 6')
    expect(text('county-lists-table')).toContain('已超期')
  })

  it('shows a list’s rows masked, its villages, and follows a verification', async () => {
    await show(`/county-lists/${listId}`, CountyListDetail)
    await vi.waitFor(() => expect(text('county-list-rows')).toContain('张伟华'), { timeout: 5000 })
    console.log('AUDIT', (await (await appDatabase()).audit.toArray()).map((a) => a.summary).slice(-5))
    const rows = text('county-list-rows')
    expect(rows).toContain('511826********1234')
    expect(rows).not.toContain('511826199003071234')
    expect(rows).toContain('按证件号码')
    await vi.waitFor(() => expect(text('county-list-villages')).toContain('城东社区'), { timeout: 5000 })
    const store = useCountyListsStore()
    const first = store.rows.items[0].row
    await store.verify(first.id, 'already-screened', '')
    await vi.waitFor(() => expect(store.detail?.progress.verified).toBe(1), { timeout: 5000 })
    store.filters.result = ''
    await vi.waitFor(() => expect(store.rows.total).toBe(5), { timeout: 5000 })
  })

  it('registers a missed person from the small form, prefilled from the row', async () => {
    const db = await appDatabase()
    const list = (await db.countyLists.get(listId))!
    const row = (await listAllRows(db, listId)).find((r) => r.name === '陈刚')!
    wrapper = mount(MissedRegistrationDialog, {
      props: { row, list },
      global: { plugins: [i18n, pinia, ElementPlus, router] },
      attachTo: document.body,
    })
    const name = () => document.querySelector<HTMLInputElement>('input[data-testid="missed-name"]')
    await vi.waitFor(() => expect(name()?.value).toBe('陈刚'))
    document.querySelector<HTMLButtonElement>('[data-testid="missed-save"]')?.click()
    await vi.waitFor(async () => expect((await db.countyListRows.get(row.id))?.result).toBe('missed-now-registered'))
    expect(wrapper.emitted('close')).toHaveLength(1)
  })
})
