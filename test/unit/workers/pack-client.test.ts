import * as XLSX from '@e965/xlsx'
import type { FileEntry } from '@zip.js/zip.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import type { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { readEntry, readZipEntries } from '@/services/packs/zip-files'
import { loadDemoTownship } from '@/services/setup/setup-service'
import { startPackWorker, type PackWorkerLike } from '@/workers/pack-client'
import { createPackHandler } from '@/workers/pack-handler'
import { createPackPartHandler } from '@/workers/pack-part-handler'
import type { PackPartReply, PackPartRequest } from '@/workers/pack-part-protocol'
import type { PackPartWorkerLike } from '@/workers/pack-part-runner'
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

/** What the fake helpers did: replies posted, files transferred (their buffers detached), workers stopped. */
const helperLog = { replies: [] as PackPartReply['kind'][], transferred: 0, stopped: 0 }

/**
 * The helper's handler behind a Worker's interface, answering asynchronously; each transferred buffer is
 * detached as a real postMessage would (a copy made after the transfer would fail). `reply` may replace an answer.
 */
function fakeHelper(
  db: CommandPostDatabase,
  reply: (r: PackPartReply) => PackPartReply = (r) => r,
): () => PackPartWorkerLike {
  return () => {
    const worker: PackPartWorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: (message: PackPartRequest) => void setTimeout(() => void handle(message)),
      terminate: () => void helperLog.stopped++,
    }
    const handle = createPackPartHandler(
      (r, transfer) => {
        const answer = structuredClone(reply(r), { transfer: transfer ?? [] })
        helperLog.transferred += transfer?.length ?? 0
        helperLog.replies.push(answer.kind)
        setTimeout(() => worker.onmessage?.({ data: answer } as MessageEvent<PackPartReply>))
      },
      async () => db,
    )
    return worker
  }
}

/** The handler behind a Worker's interface over a given database, answering asynchronously like a worker. */
function fakeWorker(db: CommandPostDatabase, helper?: () => PackPartWorkerLike): () => PackWorkerLike {
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
      helper,
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

  it('hands the people to the helper worker and zips what it sends back with the rest', async () => {
    Object.assign(helperLog, { replies: [], transferred: 0, stopped: 0 })
    const withHelper = startPackWorker(fakeWorker(township, fakeHelper(township)))
    const pack = await withHelper.exportPack(
      { recipient: '县里（助手）', profile: 'masked', mode: 'full' },
      { actor: ACTOR, mayExportFull: false, appVersion: '0.1.0' },
    )
    // persons, episodes and the people ledger came from the helper, transferred; then it stopped.
    expect(helperLog.replies.filter((kind) => kind === 'file')).toHaveLength(3)
    expect(helperLog.transferred).toBe(3)
    expect(helperLog.replies[helperLog.replies.length - 1]).toBe('done')
    expect(helperLog.stopped).toBe(1)
    expect(pack.manifest.counts.persons).toBe(await township.persons.count())
    const summary = await startPackWorker(fakeWorker(county)).open(pack.bytes.slice(0), pack.fileName)
    expect(summary.manifest.files.map((f) => f.path)).toContain('ledgers/人员排查台账.xlsx')
    const entries = await readZipEntries(new Uint8Array(pack.bytes))
    const ledger = entries.find((entry) => entry.filename === 'ledgers/人员排查台账.xlsx') as FileEntry
    const book = XLSX.read(await readEntry(ledger, undefined), { type: 'array' })
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]], { header: 1 })
    // The title, the header, then a row per episode (a person without one has a row of their own).
    expect(rows.length).toBeGreaterThanOrEqual(2 + (await township.episodes.count()))
  })

  it('says why when the helper fails, and prepares everything itself where no helper can start', async () => {
    const failing = startPackWorker(
      fakeWorker(
        township,
        fakeHelper(township, (r) => (r.kind === 'done' ? { kind: 'failed', message: '磁盘读取失败' } : r)),
      ),
    )
    const exporter = { actor: ACTOR, mayExportFull: false, appVersion: '0.1.0' }
    const error = await failing
      .exportPack({ recipient: '县里', profile: 'masked', mode: 'full' }, exporter)
      .catch((e: unknown) => e)
    expect((error as Error).message).toBe('磁盘读取失败')
    const noWorkers = () => {
      throw new ReferenceError('Worker is not defined')
    }
    const alone = startPackWorker(fakeWorker(township, noWorkers))
    const pack = await alone.exportPack({ recipient: '县里（无助手）', profile: 'masked', mode: 'full' }, exporter)
    expect(pack.manifest.counts.persons).toBe(await township.persons.count())
  })
})
