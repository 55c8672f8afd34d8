import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { appDatabase } from '@/db/instance'
import { saveMapping } from '@/db/repositories/import-mapping-repository'
import { usePeopleImportStore } from '@/stores/people-import'
import { createPeopleImportHandler } from '@/workers/people-import-handler'
import type * as ClientModule from '@/workers/people-import-client'
import type { WorkerLike } from '@/workers/people-import-client'
import type { PeopleImportReply, PeopleImportRequest } from '@/workers/people-import-protocol'
import { fixtureBytes } from '../../fixtures/people-import'

// happy-dom has no Worker: the store's worker is the handler behind a Worker's interface.
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

function file(name: string): File {
  return new File([fixtureBytes(name)], name)
}

beforeEach(async () => {
  setActivePinia(createPinia())
  const db = await appDatabase()
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('peopleImport store', () => {
  it('reads a file, suggests a mapping, previews and imports, then remembers the mapping for the source', async () => {
    const store = usePeopleImportStore()
    await store.pick(file('gbk.csv'), ' 新华村 ')
    expect(store.error).toBeNull()
    expect(store.step).toBe('mapping')
    expect(store.source).toBe('新华村')
    expect(store.mapping.columns).toMatchObject({ 姓名: 'name', 身份证号码: 'documentNumber', 村组: 'village' })
    store.setField('体温', '')
    await store.buildPreview()
    expect(store.step).toBe('preview')
    expect(store.preview?.counts).toMatchObject({ newPeople: 3, errorRows: 0 })
    await store.commit()
    expect(store.step).toBe('done')
    expect(store.summary).toMatchObject({ people: 3, episodes: 3 })
    expect(store.sources).toEqual(['新华村'])

    await store.pick(file('gbk.csv'), '新华村')
    expect(store.mapping.columns['体温']).toBeUndefined()
    await store.buildPreview()
    expect(store.preview?.counts).toMatchObject({ newPeople: 0, unchanged: 3 })
  })

  it('uses the polarity remembered for the source', async () => {
    await saveMapping(
      await appDatabase(),
      '青龙村',
      { columns: {}, polarity: 'zero-means-yes', ignored: [], defaultKind: 'incoming' },
      { id: 'u', name: 'u' },
    )
    const store = usePeopleImportStore()
    await store.pick(file('gbk.csv'), '青龙村')
    expect(store.mapping).toMatchObject({ polarity: 'zero-means-yes', defaultKind: 'incoming' })
  })

  it('shows why a file cannot be read, and starts over on reset', async () => {
    const store = usePeopleImportStore()
    await store.pick(new File([new Uint8Array([1, 2, 3])], 'x.xlsx'), '')
    expect(store.step).toBe('file')
    expect(store.error).toMatchObject({ problems: [{ code: 'file.unreadable' }] })
    store.reset()
    expect(store.error).toBeNull()
  })

  it('builds the problem workbook of the preview', async () => {
    const store = usePeopleImportStore()
    await store.pick(file('messy.xlsx'), '')
    await store.buildPreview()
    const labels = {
      headers: { sheet: 's', row: 'r', severity: 'k', field: 'f', reason: 'w' },
      severity: { error: 'e', warning: 'w' },
      field: (f: string) => f,
      reason: () => 'x',
    }
    expect(store.problemWorkbook(labels)?.length).toBeGreaterThan(1000)
  })
})
