import type { FileEntry } from '@zip.js/zip.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { buildLedgerPackFiles, ledgerPackFiles, type LedgerPackInput } from '@/services/ledgers/ledger-pack-files'
import { readEntry, readZipEntries } from '@/services/packs/zip-files'
import { loadDemoTownship } from '@/services/setup/setup-service'
import { ledgerWorkerBuilder, type LedgerWorkerLike } from '@/workers/ledger-build-client'
import type { LedgerBuildReply, LedgerBuildRequest } from '@/workers/ledger-build-protocol'

let township: CommandPostDatabase
beforeAll(async () => {
  township = await openDatabase(`ledger-build-${crypto.randomUUID()}`)
  await loadDemoTownship(township, { name: '管理员', password: 'admin-pass' })
}, 60_000)
afterAll(() => township.delete())

/** A stand-in worker that does what ledger-build.worker.ts does, on a structured clone of its input. */
function standIn(fail = false): { create: () => LedgerWorkerLike; terminated: () => boolean } {
  let ended = false
  const worker: LedgerWorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => void (ended = true),
    postMessage(request: LedgerBuildRequest) {
      const copy = structuredClone(request)
      void (async () => {
        const reply: LedgerBuildReply = fail
          ? { kind: 'failed', message: 'out of memory' }
          : { kind: 'built', files: await buildLedgerPackFiles(copy) }
        worker.onmessage?.({ data: reply } as MessageEvent<LedgerBuildReply>)
      })()
    },
  }
  return { create: () => worker, terminated: () => ended }
}

async function sheetText(bytes: Uint8Array): Promise<string> {
  const entries = await readZipEntries(bytes)
  const sheet = entries.find((e) => e.filename === 'xl/worksheets/sheet1.xml') as FileEntry
  return new TextDecoder().decode((await readEntry(sheet, undefined)) as Uint8Array)
}

describe('ledgers built in the ledger worker', () => {
  it('gives the same ledgers as building them in the pack worker, and ends the worker', async () => {
    const context = { window: { from: '2026-01-01', to: '2026-12-31' }, profile: 'masked' as const }
    const here = await ledgerPackFiles(township, context)
    const worker = standIn()
    const there = await ledgerPackFiles(township, { ...context, buildLedgers: ledgerWorkerBuilder(worker.create) })
    if (!Array.isArray(here) || Array.isArray(there)) throw new Error('expected files here, pending there')
    const built = await there.pending
    expect(worker.terminated()).toBe(true)
    expect(built.map((f) => f.name)).toEqual(here.map((f) => f.name))
    expect(built.length).toBeGreaterThan(0)
    for (let i = 0; i < built.length; i++) expect(await sheetText(built[i].bytes)).toBe(await sheetText(here[i].bytes))
  })

  it('builds in the pack worker after all when the ledger worker fails', async () => {
    const worker = standIn(true)
    const input: LedgerPackInput = { data: { tables: new Map(), villages: new Map() }, templates: [], full: false }
    await expect(ledgerWorkerBuilder(worker.create)(input)).rejects.toThrow('out of memory')
    const context = {
      window: { from: '2026-01-01', to: '2026-12-31' },
      profile: 'masked' as const,
      buildLedgers: ledgerWorkerBuilder(standIn(true).create),
    }
    const files = await ledgerPackFiles(township, context)
    if (Array.isArray(files)) throw new Error('expected pending files')
    expect((await files.pending).length).toBeGreaterThan(0)
  })
})
