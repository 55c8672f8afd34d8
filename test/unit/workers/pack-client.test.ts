import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import type { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { loadDemoTownship } from '@/services/setup/setup-service'
import { startPackWorker, type PackWorkerLike } from '@/workers/pack-client'
import { createPackHandler } from '@/workers/pack-handler'
import type { PackReply, PackRequest } from '@/workers/pack-protocol'

const ACTOR: Actor = { id: 'usr_1', name: '陈文书' }
let township: CommandPostDatabase
let county: CommandPostDatabase

beforeAll(async () => {
  township = await openDatabase(`pack-worker-${crypto.randomUUID()}`)
  await loadDemoTownship(township, { name: '管理员', password: 'admin-pass' })
  county = await openDatabase(`pack-worker-county-${crypto.randomUUID()}`)
})

afterAll(async () => {
  await township.delete()
  await county.delete()
})

/** The handler behind a Worker's interface over a given database, answering asynchronously like a worker. */
function fakeWorker(db: CommandPostDatabase): () => PackWorkerLike {
  return () => {
    const worker: PackWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: (message: PackRequest) => void setTimeout(() => void handle(message)),
      terminate: () => undefined,
    }
    const handle = createPackHandler(
      (reply: PackReply) => setTimeout(() => worker.onmessage?.({ data: reply } as MessageEvent<PackReply>)),
      async () => db,
    )
    return worker
  }
}

describe('the pack worker', () => {
  it('exports with progress, then another install opens, verifies and imports the pack', async () => {
    const exporter = startPackWorker(fakeWorker(township))
    const phases = new Set<string>()
    const pack = await exporter.exportPack(
      { recipient: '县里', profile: 'masked', mode: 'full', password: 'secret-1' },
      { actor: ACTOR, mayExportFull: false, appVersion: '0.1.0' },
      (phase) => phases.add(phase),
    )
    expect([...phases]).toEqual(expect.arrayContaining(['reading', 'preparing', 'zipping']))
    expect(pack.bytes.byteLength).toBeGreaterThan(1000)

    const importer = startPackWorker(fakeWorker(county))
    const refused = await importer.open(pack.bytes.slice(0), pack.fileName).catch((e: unknown) => e)
    expect((refused as ValidationError).problems[0].code).toBe('pack.passwordNeeded')
    const summary = await importer.open(pack.bytes.slice(0), pack.fileName, 'secret-1')
    expect(summary.manifest.counts.persons).toBe(pack.manifest.counts.persons)
    expect(summary.importedBefore).toBeUndefined()
    const outcome = await importer.importOpened(ACTOR)
    expect(outcome.kind).toBe('imported')
    expect(await county.packRecords.count()).toBeGreaterThan(pack.manifest.counts.persons)
    const again = await importer.open(pack.bytes.slice(0), pack.fileName, 'secret-1')
    expect(again.importedBefore?.id).toBe(pack.manifest.packId)
  })

  it('refuses to import before a pack was opened', async () => {
    const worker = startPackWorker(fakeWorker(county))
    const error = await worker.importOpened(ACTOR).catch((e: unknown) => e)
    expect((error as ValidationError).problems[0].code).toBe('pack.notOpened')
  })
})
