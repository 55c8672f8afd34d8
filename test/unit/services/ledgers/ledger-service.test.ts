import * as XLSX from '@e965/xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { LEDGER_REGISTERS, ledgerRegister } from '@/domain/ledgers/ledger-registers'
import { defaultLedgerTemplate } from '@/domain/ledgers/ledger-template'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listLedgerTemplates } from '@/db/repositories/ledger-template-repository'
import { exportLedger, saveTemplate } from '@/services/ledgers/ledger-service'
import { loadDemoTownship } from '@/services/setup/setup-service'

const ACTOR: Actor = { id: 'usr_clerk', name: '陈文书' }
export const ID_ENDING_IN_X = '51182619850317002X'
let db: CommandPostDatabase

beforeAll(async () => {
  db = await openDatabase(`ledgers-${crypto.randomUUID()}`)
  await loadDemoTownship(db, { name: '管理员', password: 'admin-pass' })
  const any = (await db.persons.toCollection().first())!
  await db.persons.update(any.id, { documentNumber: ID_ENDING_IN_X, documentType: 'resident-id' })
}, 60_000) // the demo township takes seconds on a loaded machine

afterAll(() => db.delete())

const TEMPLATE = {
  id: 'people',
  title: '返乡人员排查台账（县模板）',
  dateFormat: 'YYYY年M月D日' as const,
  columns: [
    { key: 'village', header: '村组' },
    { key: 'name', header: '姓名' },
    { key: 'documentNumber', header: '身份证号' },
    { key: 'phone', header: '联系方式' },
    { key: 'arrivalDate', header: '返乡时间' },
  ],
}

function sheetOf(bytes: Uint8Array) {
  const book = XLSX.read(bytes, { type: 'array', cellNF: true })
  return book.Sheets[book.SheetNames[0]]
}

describe('ledger templates and export', () => {
  it('saves a template once (audited) and refuses a broken one with every problem', async () => {
    await saveTemplate(db, ACTOR, TEMPLATE)
    expect(await listLedgerTemplates(db)).toMatchObject([{ ...TEMPLATE, createdBy: ACTOR.id }])
    const audit = await db.audit.where('[entity+entityId]').equals(['ledgerTemplate', 'people']).toArray()
    expect(audit.map((a) => a.action)).toEqual(['create'])
    const error = await saveTemplate(db, ACTOR, { ...TEMPLATE, columns: [{ key: 'name', header: '' }] }).catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).problems.map((p) => p.code)).toEqual(['ledger.headerRequired'])
  })

  it('exports the xlsx in the template: title row, headers, ID numbers as intact text cells', async () => {
    const file = await exportLedger(db, ACTOR, { register: 'people', template: TEMPLATE, format: 'xlsx', reveal: true })
    expect(file.fileName).toMatch(/^人员排查台账_\d{8}\.xlsx$/)
    const sheet = sheetOf(file.bytes)
    expect(sheet.A1.v).toBe(TEMPLATE.title)
    expect(sheet['!merges']?.[0]).toEqual({ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } })
    expect(['A2', 'B2', 'C2', 'D2', 'E2'].map((ref) => sheet[ref].v)).toEqual([
      '村组',
      '姓名',
      '身份证号',
      '联系方式',
      '返乡时间',
    ])
    const ids = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, range: 2 }).map((row) => row[2])
    expect(ids).toContain(ID_ENDING_IN_X)
    const cell = Object.entries(sheet).find(
      ([, c]) => (c as XLSX.CellObject).v === ID_ENDING_IN_X,
    )![1] as XLSX.CellObject
    expect(cell.t).toBe('s')
    expect(cell.z).toBe('@')
    expect(file.rows).toBeGreaterThan(0)
    const exported = await db.audit.where('[entity+entityId]').equals(['ledger', 'people']).toArray()
    expect(exported.at(-1)?.summary).toContain('完整')
  })

  it('masks ID numbers and phones without people.reveal, and writes CSV as UTF-8 with BOM', async () => {
    const file = await exportLedger(db, ACTOR, { register: 'people', template: TEMPLATE, format: 'csv', reveal: false })
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(file.bytes)
    expect(text).toContain('511826********002X')
    expect(text).not.toContain(ID_ENDING_IN_X)
    expect(text).not.toMatch(/1[3-9]\d{9}/)
  })

  it('exports every register with its default template', async () => {
    for (const register of LEDGER_REGISTERS) {
      const file = await exportLedger(db, ACTOR, {
        register: register.key,
        template: defaultLedgerTemplate(ledgerRegister(register.key)!),
        format: 'xlsx',
        reveal: false,
      })
      const rows = XLSX.utils.sheet_to_json<unknown[]>(sheetOf(file.bytes), { header: 1 })
      expect(rows[1]).toEqual(register.columns.map((c) => c.title))
      expect(rows.length - 2).toBe(file.rows)
    }
  })
})
