import * as XLSX from '@e965/xlsx'
import type { FileEntry } from '@zip.js/zip.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { parseNdjson } from '@/domain/packs/ndjson'
import type { PackManifest } from '@/domain/packs/pack-manifest'
import { PACK_TABLES } from '@/domain/packs/pack-tables'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { saveTemplate } from '@/services/ledgers/ledger-service'
import { exportPack, type PackExporter } from '@/services/packs/export-service'
import { appendLogEntry } from '@/services/log/log-service'
import { preparePackPart, type PartRunner } from '@/services/packs/prepare-part'
import { importOpenedPack } from '@/services/packs/import-service'
import { openPack } from '@/services/packs/open-pack'
import { readEntry, readZipEntries } from '@/services/packs/zip-files'
import { loadDemoTownship } from '@/services/setup/setup-service'

const ACTOR: Actor = { id: 'usr_clerk', name: '陈文书' }
const CLERK: PackExporter = { actor: ACTOR, mayExportFull: false, appVersion: '0.1.0' }
const LEADER: PackExporter = { actor: { id: 'usr_lead', name: '王镇长' }, mayExportFull: true, appVersion: '0.1.0' }
let township: CommandPostDatabase
let county: CommandPostDatabase

beforeAll(async () => {
  township = await openDatabase(`pack-registers-${crypto.randomUUID()}`)
  await loadDemoTownship(township, { name: '管理员', password: 'admin-pass' })
  county = await openDatabase(`pack-registers-county-${crypto.randomUUID()}`)
}, 60_000) // the demo township takes seconds on a loaded machine
afterAll(async () => {
  await township.delete()
  await county.delete()
})

async function contents(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>()
  for (const entry of await readZipEntries(bytes)) {
    const data = await readEntry(entry as FileEntry, undefined)
    if (typeof data !== 'string') out.set(entry.filename, data)
  }
  return out
}

describe('every register in the pack', () => {
  it('carries the newer registers, masks a log caller phone, and ledgers/*.xlsx built from the templates', async () => {
    await saveTemplate(township, ACTOR, {
      id: 'people',
      title: '县模板人员台账',
      dateFormat: 'YYYY/MM/DD',
      columns: [
        { key: 'name', header: '姓名' },
        { key: 'documentNumber', header: '身份证号' },
      ],
    })
    const withPhone = (await township.logEntries.toArray()).find((entry) => /^1\d{10}$/.test(entry.phone))
    const pack = await exportPack(township, CLERK, { recipient: '县指挥部', profile: 'masked', mode: 'full' })
    const files = await contents(pack.bytes)
    const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as PackManifest
    for (const table of PACK_TABLES) {
      expect(files.has(table.file)).toBe(true)
      expect(manifest.counts[table.table]).toBe(await township.table(table.table).count())
    }
    expect(manifest.counts.measures).toBeGreaterThan(0)
    expect(manifest.counts.logEntries).toBeGreaterThan(0)
    expect(withPhone).toBeDefined()
    const log = parseNdjson(new TextDecoder().decode(files.get('data/logEntries.ndjson')), 'l').records
    expect(log.find((entry) => entry.id === withPhone!.id)?.phone).toMatch(/^\d{3}\*{4}\d{4}$/)
    const ledgers = manifest.files.filter((f) => f.path.startsWith('ledgers/'))
    expect(ledgers.map((f) => f.path)).toContain('ledgers/人员排查台账.xlsx')
    expect(ledgers.every((f) => /^[0-9a-f]{64}$/.test(f.sha256) && f.table === undefined)).toBe(true)
    const book = XLSX.read(files.get('ledgers/人员排查台账.xlsx'), { type: 'array' })
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]], { header: 1 })
    expect(rows[0]).toEqual(['县模板人员台账'])
    expect(rows[1]).toEqual(['姓名', '身份证号'])
    expect(rows.slice(2).every((row) => !row[1] || row[1].includes('*'))).toBe(true)
    expect(new TextDecoder().decode(files.get('README.txt'))).toContain('ledgers/人员排查台账.xlsx')
  })

  it('verifies and imports the new tables, kept apart by township', async () => {
    const pack = await exportPack(township, LEADER, { recipient: '备份', profile: 'full', mode: 'full' })
    const outcome = await importOpenedPack(county, ACTOR, await openPack(pack.bytes, pack.fileName))
    expect(outcome.kind).toBe('imported')
    const results = outcome.kind === 'imported' ? outcome.entry.results : {}
    expect(results.measures.added).toBe(await township.measures.count())
    expect(results.logEntries.added).toBe(await township.logEntries.count())
    expect(await county.measures.count()).toBe(0)
  })

  it("builds the pack again from one read when a change commits between its two parts' reads", async () => {
    const starts: number[] = []
    // The people part reads first; as it ends its read, a duty officer logs a call, before the rest reads: the
    // two parts have read the database at two states.
    const late: PartRunner = (part, job, sink) =>
      preparePackPart(township, part, job, {
        ...sink,
        read: () =>
          void appendLogEntry(township, ACTOR, { kind: 'call-in', content: '导出期间来电：青龙村报告返乡 1 人' }).then(
            () => sink.read(),
          ),
      })
    const pack = await exportPack(
      township,
      CLERK,
      { recipient: '县指挥部（并行）', profile: 'masked', mode: 'full' },
      (phase, done) => {
        if (phase === 'preparing' && done === 1) starts.push(done)
      },
      Date.now(),
      late,
    )
    // Started twice: the split build was given up, the whole pack read again in one transaction.
    expect(starts).toHaveLength(2)
    expect(pack.manifest.counts.logEntries).toBe(await township.logEntries.count())
    const files = await contents(pack.bytes)
    const log = parseNdjson(new TextDecoder().decode(files.get('data/logEntries.ndjson')), 'l').records
    expect(log.some((entry) => String(entry.content).startsWith('导出期间来电'))).toBe(true)
    expect(files.has('ledgers/人员排查台账.xlsx')).toBe(true)
  })

  it("names each part's read and each step it finishes in the progress, every step once", async () => {
    const named: string[] = []
    let last = 0
    let stepsTotal = 0
    await exportPack(
      township,
      CLERK,
      { recipient: '县指挥部（进度）', profile: 'masked', mode: 'full' },
      (phase, done, total, what) => {
        if (phase !== 'preparing') return
        expect(done).toBeGreaterThanOrEqual(last)
        last = done
        stepsTotal = total
        if (what) named.push(what)
      },
    )
    expect(named.filter((w) => w.endsWith(': read'))).toEqual(['people: read', 'rest: read'])
    const steps = named.filter((w) => !w.endsWith(': read'))
    expect(new Set(steps).size).toBe(steps.length)
    expect(steps.length).toBe(last)
    expect(last).toBe(stepsTotal)
    expect(steps).toEqual(
      expect.arrayContaining([
        'people: data/persons.ndjson',
        'people: ledgers/people',
        'rest: data/measures.ndjson',
        'rest: reports',
      ]),
    )
  })

  it('lists the files in the manifest in register order, documents after the data, and writes the manifest last', async () => {
    const pack = await exportPack(township, CLERK, { recipient: '县指挥部（顺序）', profile: 'masked', mode: 'full' })
    const paths = pack.manifest.files.map((f) => f.path)
    const data = paths.filter((p) => p.startsWith('data/'))
    expect(data).toEqual(PACK_TABLES.map((t) => t.file))
    expect(paths.indexOf('ledgers/人员排查台账.xlsx')).toBeGreaterThan(paths.indexOf(data[data.length - 1]))
    expect(paths[paths.length - 1]).toBe('README.txt')
    const names = (await readZipEntries(pack.bytes)).map((entry) => entry.filename)
    expect(names[names.length - 1]).toBe('manifest.json')
    expect(new Set(names)).toEqual(new Set([...paths, 'manifest.json']))
  })
})
