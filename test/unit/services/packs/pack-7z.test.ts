// Real client: the encrypted pack must open in 7-Zip (what a county PC has) with the password, and refuse a
// wrong one. Skipped where 7z is not installed; CI installs p7zip-full.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseNdjson } from '@/domain/packs/ndjson'
import { packTable, type PackRecord } from '@/domain/packs/pack-tables'
import { buildPack, type PackMeta } from '@/services/packs/build-pack'

const SEVEN_ZIP = ['/usr/bin/7z', '/usr/bin/7za'].find((path) => existsSync(path))
const folder = mkdtempSync(join(tmpdir(), 'pack-7z-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const META: PackMeta = {
  packId: 'pck_01TEST',
  appVersion: '0.1.0',
  schemaVersion: 4,
  township: { code: '511826101000', name: '示范镇', countyName: '示范县' },
  window: { from: '2022-11-01', to: '2022-11-08' },
  mode: 'full',
  since: 0,
  profile: 'masked',
  recipient: '县指挥部办公室',
  sequence: 1,
  operator: { id: 'usr_1', name: '陈文书' },
  createdAt: Date.parse('2022-11-08T03:00:00Z'),
}

const persons = Array.from({ length: 50 }, (_, i) => ({
  id: `per_${String(i).padStart(3, '0')}`,
  documentType: 'resident-id',
  documentNumber: `51182619900307${String(1000 + i)}`,
  name: `测试人员${i}`,
  phones: ['13812345678'],
  address: '一组',
  notes: '',
  responsible: {},
  updatedAt: 1_700_000_000_000 + i,
})) as unknown as PackRecord[]

describe.skipIf(!SEVEN_ZIP)('an encrypted pack in 7-Zip', () => {
  it('extracts with the password (a Chinese one too) and the records read back as written', async () => {
    const password = '防疫口令-2022'
    const pack = await buildPack(new Map([['persons', persons]]), META, password)
    const path = join(folder, pack.fileName)
    writeFileSync(path, pack.bytes)
    const listing = execFileSync(SEVEN_ZIP!, ['l', '-slt', `-p${password}`, path], { encoding: 'utf8' })
    expect(listing).toMatch(/Method = AES-256/)
    const out = join(folder, 'right')
    execFileSync(SEVEN_ZIP!, ['x', `-p${password}`, `-o${out}`, '-y', path], { encoding: 'utf8' })
    const lines = parseNdjson(readFileSync(join(out, 'data/persons.ndjson'), 'utf8'), 'persons').records
    expect(lines).toEqual(persons.map((p) => packTable('persons')!.prepare(p, 'masked')))
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    expect(manifest.counts.persons).toBe(50)
    expect(readFileSync(join(out, 'README.txt'), 'utf8')).toContain('数据包')
  })

  it('fails with a wrong password and writes no readable data', async () => {
    const pack = await buildPack(new Map([['persons', persons]]), META, 'right-password')
    const path = join(folder, 'wrong.cpk.zip')
    writeFileSync(path, pack.bytes)
    const out = join(folder, 'wrong')
    const result = spawnSync(SEVEN_ZIP!, ['x', '-pnot-the-password', `-o${out}`, '-y', path], { encoding: 'utf8' })
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toMatch(/Wrong password|Data Error/i)
  })
})
