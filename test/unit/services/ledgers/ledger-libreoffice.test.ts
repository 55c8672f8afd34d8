// Real client: a ledger written by the app opens in LibreOffice (what the county's WPS/Excel read alike) with
// every 18-digit ID number and phone intact — no scientific notation, no lost trailing X, no dropped digits.
// Skipped, saying why, where soffice is not installed; CI installs libreoffice-calc.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ledgerRowsOf, type LedgerTable } from '@/domain/ledgers/ledger-table'
import { ledgerWorkbook } from '@/services/ledgers/ledger-workbook'

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((path) => existsSync(path))
const folder = mkdtempSync(join(tmpdir(), 'ledger-lo-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const IDS = [
  '11010119900101231X',
  '510104200002290016',
  '51182619850317002X',
  '110101190001010000',
  '65400119991231987x',
]
const table: LedgerTable = {
  title: '人员排查台账',
  name: '人员排查台账',
  headers: ['姓名', '身份证号', '电话', '体温', '返乡日期'],
  kinds: ['text', 'id', 'phone', 'number', 'date'],
  rows: ledgerRowsOf(IDS.map((id, i) => [`测试${i}`, id, `1380000111${i}`, 36.5 + i / 10, '2022年11月7日'])),
}

describe.skipIf(!SOFFICE)(
  `LibreOffice reads the ledger xlsx${SOFFICE ? '' : ' (skipped: soffice is not installed)'}`,
  () => {
    // `fast`: deflated as a data pack's ledgers are, by zip.js's WebAssembly zlib at level 3.
    it.each(['standard', 'fast'] as const)(
      'converts to CSV with every ID number and phone exactly as written (%s deflate)',
      { timeout: 180_000 },
      async (speed) => {
        const xlsx = join(folder, `ledger-${speed}.xlsx`)
        writeFileSync(xlsx, await ledgerWorkbook(table, speed))
        const run = spawnSync(
          SOFFICE!,
          [
            `-env:UserInstallation=file://${join(folder, 'profile')}`,
            '--headless',
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76',
            '--outdir',
            folder,
            xlsx,
          ],
          { encoding: 'utf8', timeout: 170_000 },
        )
        expect(run.status, run.stderr).toBe(0)
        const lines = readFileSync(join(folder, `ledger-${speed}.csv`), 'utf8')
          .replace(/^\uFEFF/, '')
          .trim()
          .split(/\r?\n/)
        expect(lines[0]).toBe('人员排查台账,,,,')
        expect(lines[1]).toBe('姓名,身份证号,电话,体温,返乡日期')
        const cells = lines.slice(2).map((line) => line.split(','))
        expect(cells.map((row) => row[1])).toEqual(IDS)
        expect(cells.map((row) => row[2])).toEqual(IDS.map((_, i) => `1380000111${i}`))
        expect(cells[0][3]).toBe('36.5')
      },
    )
  },
)
