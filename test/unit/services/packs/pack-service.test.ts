import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { parseNdjson } from '@/domain/packs/ndjson'
import type { PackManifest } from '@/domain/packs/pack-manifest'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { findReceivedRecord } from '@/db/repositories/received-pack-repository'
import { exportPack, type PackExporter } from '@/services/packs/export-service'
import { importOpenedPack } from '@/services/packs/import-service'
import { openPack } from '@/services/packs/open-pack'
import { readReceivedRecords, readReceivedTownships } from '@/services/packs/received-packs'
import { loadDemoTownship } from '@/services/setup/setup-service'
import { readZipEntries, readEntry, writeZip } from '@/services/packs/zip-files'
import type { FileEntry } from '@zip.js/zip.js'

const ACTOR: Actor = { id: 'usr_clerk', name: '陈文书' }
const CLERK: PackExporter = { actor: ACTOR, mayExportFull: false, appVersion: '0.1.0' }
const LEADER: PackExporter = { actor: { id: 'usr_lead', name: '王镇长' }, mayExportFull: true, appVersion: '0.1.0' }
let township: CommandPostDatabase
let county: CommandPostDatabase

beforeAll(async () => {
  township = await openDatabase(`packs-${crypto.randomUUID()}`)
  await loadDemoTownship(township, { name: '管理员', password: 'admin-pass' })
  county = await openDatabase(`county-${crypto.randomUUID()}`)
}, 60_000) // the demo township takes seconds on a loaded machine

afterAll(async () => {
  await township.delete()
  await county.delete()
})

async function rawFiles(bytes: Uint8Array, password?: string): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>()
  for (const entry of await readZipEntries(bytes)) {
    const data = await readEntry(entry as FileEntry, password)
    if (typeof data !== 'string') out.set(entry.filename, data)
  }
  return out
}

async function files(bytes: Uint8Array, password?: string): Promise<Map<string, string>> {
  const decoder = new TextDecoder()
  return new Map([...(await rawFiles(bytes, password))].map(([path, data]) => [path, decoder.decode(data)]))
}

async function problemCodes(work: Promise<unknown>): Promise<string[]> {
  const error = await work.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).problems.map((p) => `${p.code}${p.params?.file ? ` ${p.params.file}` : ''}`)
}

/** Re-zips a pack's files with one changed (or dropped, when `text` is undefined). */
async function tampered(bytes: Uint8Array, path: string, text: string | undefined, extra = false) {
  const contents = await rawFiles(bytes)
  const encoder = new TextEncoder()
  if (text === undefined) contents.delete(path)
  else contents.set(path, encoder.encode(text))
  if (extra) contents.set('data/extra.ndjson', encoder.encode('{"id":"x"}\n'))
  return writeZip(
    [...contents].map(([p, data]) => ({ path: p, bytes: data })),
    undefined,
  )
}

describe('export', () => {
  it('writes a masked pack: named without personal data, every file hashed, records masked', async () => {
    const pack = await exportPack(township, CLERK, { recipient: '县指挥部办公室', profile: 'masked', mode: 'full' })
    expect(pack.fileName).toMatch(/^511826101000_\d{8}_\d{8}_001\.cpk\.zip$/)
    expect(pack.packHash).toMatch(/^[0-9a-f]{64}$/)
    const contents = await files(pack.bytes)
    const manifest = JSON.parse(contents.get('manifest.json')!) as PackManifest
    expect(manifest).toMatchObject({ format: 'command-post-pack', formatVersion: 1, profile: 'masked', sequence: 1 })
    expect(manifest.counts.persons).toBe(await township.persons.count())
    expect(manifest.counts.users).toBe(await township.users.count())
    expect(manifest.files.map((f) => f.path)).toContain('README.txt')
    const persons = parseNdjson(contents.get('data/persons.ndjson')!, 'p').records
    expect(persons).toHaveLength(manifest.counts.persons)
    const withId = persons.find((p) => p.documentType === 'resident-id')!
    expect(withId.documentNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/)
    expect(withId.address).toBe('')
    expect(withId).not.toHaveProperty('searchKeys')
    expect(contents.get('data/users.ndjson')).not.toContain('password')
    expect(contents.get('README.txt')).toContain('数据包')
    const log = await township.packExports.toArray()
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ packHash: pack.packHash, profile: 'masked', createdByName: '陈文书' })
    expect(await township.audit.where('action').equals('export').count()).toBe(1)
  })

  it('refuses a full pack to a clerk, a blank recipient and a short password', async () => {
    expect(
      await problemCodes(
        exportPack(township, CLERK, { recipient: ' ', profile: 'full', mode: 'full', password: '123' }),
      ),
    ).toEqual(['pack.recipientRequired', 'pack.fullNotAllowed', 'pack.passwordTooShort'])
  })

  it('writes full numbers for a leader', async () => {
    const pack = await exportPack(township, LEADER, { recipient: '县疾控', profile: 'full', mode: 'full' })
    const persons = parseNdjson((await files(pack.bytes)).get('data/persons.ndjson')!, 'p').records
    const stored = await township.persons.get(String(persons[0].id))
    expect(persons[0].documentNumber).toBe(stored?.documentNumber)
  })

  it('an incremental pack to the same recipient holds only what changed since the last one', async () => {
    const person = (await township.persons.toCollection().first())!
    await township.persons.update(person.id, { updatedAt: Date.now() + 1000, name: '改名测试' })
    const pack = await exportPack(
      township,
      CLERK,
      { recipient: '县指挥部办公室', profile: 'masked', mode: 'incremental' },
      undefined,
      Date.now() + 2000,
    )
    expect(pack.manifest.counts.persons).toBe(1)
    expect(pack.manifest.counts.villages).toBe(0)
    expect(pack.manifest.since).toBeGreaterThan(0)
  })
})

describe('import', () => {
  it('verifies and stores a pack apart by township; the same pack twice changes nothing', async () => {
    const pack = await exportPack(township, CLERK, {
      recipient: '县里',
      profile: 'masked',
      mode: 'full',
      password: '口令123456',
    })
    expect(await problemCodes(openPack(pack.bytes, pack.fileName))).toEqual(['pack.passwordNeeded'])
    expect(await problemCodes(openPack(pack.bytes, pack.fileName, 'wrong-password'))).toEqual(['pack.wrongPassword'])
    const opened = await openPack(pack.bytes, pack.fileName, '口令123456')
    expect(opened.packHash).toBe(pack.packHash)
    const first = await importOpenedPack(county, ACTOR, opened)
    expect(first.kind).toBe('imported')
    expect(first.entry.results.persons.added).toBe(pack.manifest.counts.persons)
    const again = await importOpenedPack(county, ACTOR, await openPack(pack.bytes, pack.fileName, '口令123456'))
    expect(again.kind).toBe('already-imported')
    expect(await county.packImports.count()).toBe(1)
    const { townships } = await readReceivedTownships(county)
    expect(townships).toHaveLength(1)
    expect(townships[0]).toMatchObject({ code: '511826101000', packs: 1 })
    expect(townships[0].records.persons).toBe(pack.manifest.counts.persons)
    const page = await readReceivedRecords(county, '511826101000', 'persons', 1, 10)
    expect(page.total).toBe(pack.manifest.counts.persons)
    expect(await county.persons.count()).toBe(0)
  })

  it('a newer pack of the same township updates its records', async () => {
    const person = (await township.persons.toCollection().first())!
    await township.persons.update(person.id, { updatedAt: Date.now() + 5000, name: '新名字' })
    const pack = await exportPack(
      township,
      CLERK,
      { recipient: '县里', profile: 'masked', mode: 'incremental' },
      undefined,
      Date.now() + 6000,
    )
    const outcome = await importOpenedPack(county, ACTOR, await openPack(pack.bytes, pack.fileName))
    expect(outcome.kind === 'imported' && outcome.entry.results.persons).toEqual({
      received: 1,
      added: 0,
      updated: 1,
      unchanged: 0,
    })
    const stored = await findReceivedRecord(county, '511826101000', 'persons', person.id)
    expect(stored?.record.name).toBe('新名字')
  })

  it('refuses a tampered, incomplete, padded, foreign or newer pack, naming what is wrong, and stores nothing', async () => {
    const pack = await exportPack(township, CLERK, { recipient: '核对', profile: 'masked', mode: 'full' })
    const contents = await files(pack.bytes)
    const persons = contents.get('data/persons.ndjson')!
    const changed = await tampered(
      pack.bytes,
      'data/persons.ndjson',
      persons.replace(/"name":"[^"]+"/, '"name":"假名"'),
    )
    expect(await problemCodes(openPack(changed, 'x'))).toEqual(['pack.hashMismatch data/persons.ndjson'])
    expect(await problemCodes(openPack(await tampered(pack.bytes, 'data/episodes.ndjson', undefined), 'x'))).toEqual([
      'pack.missingFile data/episodes.ndjson',
    ])
    expect(
      await problemCodes(openPack(await tampered(pack.bytes, 'README.txt', contents.get('README.txt')!, true), 'x')),
    ).toEqual(['pack.extraFile data/extra.ndjson'])
    const manifest = JSON.parse(contents.get('manifest.json')!) as PackManifest
    const newer = await tampered(pack.bytes, 'manifest.json', JSON.stringify({ ...manifest, formatVersion: 2 }))
    expect(await problemCodes(openPack(newer, 'x'))).toEqual(['pack.newerFormat'])
    const foreign = await tampered(pack.bytes, 'manifest.json', JSON.stringify({ ...manifest, format: 'other' }))
    expect(await problemCodes(openPack(foreign, 'x'))).toEqual(['pack.otherFormat'])
    expect(await problemCodes(openPack(await tampered(pack.bytes, 'manifest.json', undefined), 'x'))).toEqual([
      'pack.noManifest',
    ])
    expect(await problemCodes(openPack(new TextEncoder().encode('not a zip'), 'x'))).toEqual(['pack.notZip'])
  })
})
