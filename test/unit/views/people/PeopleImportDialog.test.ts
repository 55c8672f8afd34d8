import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { appDatabase } from '@/db/instance'
import { i18n } from '@/i18n'
import { usePeopleImportStore } from '@/stores/people-import'
import PeopleImportDialog from '@/views/people/PeopleImportDialog.vue'
import type * as ClientModule from '@/workers/people-import-client'
import type { WorkerLike } from '@/workers/people-import-client'
import { createPeopleImportHandler } from '@/workers/people-import-handler'
import type { PeopleImportReply, PeopleImportRequest } from '@/workers/people-import-protocol'
import { fixtureBytes } from '../../../fixtures/people-import'

// happy-dom has no Worker: the handler behind a Worker's interface.
vi.mock('@/workers/people-import-client', async (original) => {
  const actual = await original<typeof ClientModule>()
  const fake = (): WorkerLike => {
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: (message: PeopleImportRequest) => setTimeout(() => handle(message)),
      terminate: () => undefined,
    }
    const handle = createPeopleImportHandler((reply: PeopleImportReply) =>
      setTimeout(() => worker.onmessage?.({ data: reply } as MessageEvent<PeopleImportReply>)),
    )
    return worker
  }
  return { ...actual, startPeopleImportWorker: () => actual.startPeopleImportWorker(fake) }
})

let pinia: Pinia
let wrapper: VueWrapper | undefined

beforeEach(async () => {
  pinia = createPinia()
  setActivePinia(pinia)
  const db = await appDatabase()
  await Promise.all(db.tables.map((table) => table.clear()))
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? ''

describe('PeopleImportDialog', () => {
  it('walks from the file to the mapping, the preview with its problems, and the summary', async () => {
    // Element Plus selects take seconds each to settle under happy-dom: stubbed, the flow is what is tested here.
    const stubs = { ElSelectV2: true, ElSelect: true }
    wrapper = mount(PeopleImportDialog, {
      global: { plugins: [i18n, pinia, ElementPlus], stubs },
      attachTo: document.body,
    })
    await flushPromises()
    expect(document.querySelector('[data-testid="people-import-drop"]')).not.toBeNull()
    const store = usePeopleImportStore()
    await store.pick(new File([fixtureBytes('messy.xlsx')], 'messy.xlsx'), '')
    await flushPromises()
    expect(text('people-import-mapping')).toContain('从何地返回/省')
    expect(document.body.textContent).toContain('没写年份的日期按 2021 年（取自表格标题）')
    await store.buildPreview()
    await flushPromises()
    expect(text('people-import-counts')).toContain('新增人员 11 人')
    expect(text('people-import-counts')).toContain('有错误、不导入 3 行')
    expect(text('people-import-problems')).toContain('日期“2021-02-30”不存在')
    await store.commit()
    await flushPromises()
    expect(text('people-import-done')).toContain('导入完成：新增 11 人')
    wrapper.unmount()
    wrapper = undefined
    expect(store.step).toBe('file')
  })
})
