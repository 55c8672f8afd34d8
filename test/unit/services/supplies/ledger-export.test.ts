import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { read, utils } from '@e965/xlsx'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { CommandPostDatabase } from '@/db/database'
import { recordDocument } from '@/services/supplies/document-service'
import { exportItemLedger, LEDGER_COLUMNS } from '@/services/supplies/ledger-export'
import { CLERK, doc, openSuppliesDatabase } from './supplies-fixture'

let db: CommandPostDatabase
let fx: Awaited<ReturnType<typeof openSuppliesDatabase>>

beforeEach(async () => {
  fx = await openSuppliesDatabase()
  db = fx.db
})

afterEach(async () => {
  await db.delete()
})

it('exports one item over a period in the ledger layout, numbers as numbers and texts as text, read back from a file', async () => {
  const n95 = fx.byCode('FH-N95')
  const receipt = (date: string, quantity: number) =>
    recordDocument(
      db,
      doc('receipt', [{ itemId: n95.id, batch: '20261101', expiry: '2027-05-01', quantity }], { date }),
      CLERK,
      'clerk',
      '2026-11-20',
    )
  await receipt('2026-11-01', 1000)
  await receipt('2026-11-10', 500)
  await recordDocument(
    db,
    doc('issue', [{ itemId: n95.id, batch: '20261101', quantity: 300 }], { date: '2026-11-12' }),
    CLERK,
    'clerk',
    '2026-11-20',
  )

  const file = await exportItemLedger(db, n95.id, '2026-11-05', '2026-11-20')
  expect(file.fileName).toBe('N95口罩台账_2026-11-05_2026-11-20.xlsx')
  const path = join(mkdtempSync(join(tmpdir(), 'ledger-')), file.fileName)
  writeFileSync(path, file.bytes)
  const sheet = read(readFileSync(path)).Sheets['台账']
  const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '' })
  expect(rows[2]).toEqual([...LEDGER_COLUMNS])
  expect(rows[3]).toEqual(['2026-11-05', '', '', '期初结存', '', '', '', '', '', 1000, ''])
  expect(rows[4]).toEqual([
    '2026-11-10',
    'RK20261110-001',
    '入库',
    '县红十字会',
    '镇物资库',
    '20261101',
    '2027-05-01',
    500,
    '',
    1500,
    '陈文书',
  ])
  expect(rows[5].slice(7, 10)).toEqual(['', 300, 1200])
  expect(rows[6].slice(7, 10)).toEqual([500, 300, 1200])
  expect(sheet.F5).toMatchObject({ t: 's', v: '20261101' })
  expect(sheet.J5).toMatchObject({ t: 'n', v: 1500 })
})
