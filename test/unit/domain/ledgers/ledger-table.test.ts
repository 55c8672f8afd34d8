import { describe, expect, it } from 'vitest'
import type { LedgerData, LedgerValue } from '@/domain/ledgers/ledger-register'
import { LEDGER_REGISTERS, ledgerRegister } from '@/domain/ledgers/ledger-registers'
import {
  buildLedgerTable,
  formatLedgerDate,
  ledgerCsv,
  ledgerRowsOf,
  type LedgerTable,
} from '@/domain/ledgers/ledger-table'
import { defaultLedgerTemplate, ledgerTemplateProblems, templateColumns } from '@/domain/ledgers/ledger-template'

const people = ledgerRegister('people')!

/** Every row of a table, each in a new array. */
function ledgerRowArrays(table: LedgerTable): LedgerValue[][] {
  return Array.from({ length: table.rows.length }, (_, r) => table.rows.at(r, []))
}

function personData(): LedgerData {
  const person = {
    id: 'per_1',
    name: '张三',
    sex: 'male',
    documentType: 'resident-id',
    documentNumber: '11010119900101231X',
    birthDate: '1990-01-01',
    phones: ['13800001111'],
    villageId: 'vil_1',
    address: '一组 12 号',
    createdAt: Date.UTC(2022, 10, 8, 2, 30),
  }
  const episode = {
    id: 'epi_1',
    personId: 'per_1',
    kind: 'returnee',
    origin: { province: '四川省', city: '成都市', county: '武侯区' },
    departureDate: '2022-11-06',
    arrivalDate: '2022-11-07',
    transport: 'train',
    transportNumber: 'D1234',
    healthCode: { colour: 'green', seenOn: '' },
    nucleicAcid: { date: '', result: 'negative' },
    createdAt: Date.UTC(2022, 10, 8, 2, 30),
  }
  return {
    tables: new Map<string, Record<string, unknown>[]>([
      ['persons', [person]],
      ['episodes', [episode]],
    ]),
    villages: new Map([['vil_1', '青龙村']]),
  }
}

describe('ledger templates', () => {
  it('every register has distinct column keys and a default template that passes its own checks', () => {
    expect(LEDGER_REGISTERS.map((r) => r.key)).toHaveLength(10)
    for (const register of LEDGER_REGISTERS) {
      expect(new Set(register.columns.map((c) => c.key)).size).toBe(register.columns.length)
      expect(ledgerTemplateProblems(defaultLedgerTemplate(register), register)).toEqual([])
    }
  })

  it('refuses an empty, repeated, unnamed or unknown column, naming which', () => {
    const base = defaultLedgerTemplate(people)
    expect(ledgerTemplateProblems({ ...base, columns: [] }, people).map((p) => p.code)).toEqual(['ledger.noColumns'])
    const bad = {
      ...base,
      columns: [
        { key: 'name', header: '姓名' },
        { key: 'name', header: '名字' },
        { key: 'sex', header: '姓名' },
        { key: 'phone', header: ' ' },
        { key: 'nope', header: '无' },
      ],
    }
    expect(ledgerTemplateProblems(bad, people)).toEqual([
      { field: 'columns.1', code: 'ledger.repeatedColumn', params: { key: 'name' } },
      { field: 'columns.2', code: 'ledger.repeatedHeader', params: { header: '姓名' } },
      { field: 'columns.3', code: 'ledger.headerRequired', params: { n: 4 } },
      { field: 'columns.4', code: 'ledger.unknownColumn', params: { key: 'nope' } },
    ])
  })

  it('drops a column a later version no longer has instead of failing an old template', () => {
    const columns = templateColumns(
      {
        ...defaultLedgerTemplate(people),
        columns: [
          { key: 'gone', header: 'x' },
          { key: 'name', header: '名' },
        ],
      },
      people,
    )
    expect(columns.map((c) => c.header)).toEqual(['名'])
  })
})

describe('buildLedgerTable', () => {
  const template = {
    ...defaultLedgerTemplate(people),
    title: '返乡人员台账',
    dateFormat: 'YYYY年M月D日' as const,
    columns: [
      { key: 'documentNumber', header: '身份证号' },
      { key: 'name', header: '姓名' },
      { key: 'phone', header: '电话' },
      { key: 'address', header: '住址' },
      { key: 'arrivalDate', header: '返乡日期' },
      { key: 'kind', header: '类别' },
      { key: 'village', header: '村' },
    ],
  }

  it('writes the template columns in its order and titles, dates in its format, codes as Chinese words', () => {
    const table = buildLedgerTable(people, template, personData(), true)
    expect(table.title).toBe('返乡人员台账')
    expect(table.headers).toEqual(['身份证号', '姓名', '电话', '住址', '返乡日期', '类别', '村'])
    expect(table.kinds.slice(0, 3)).toEqual(['id', 'text', 'phone'])
    expect(ledgerRowArrays(table)).toEqual([
      ['11010119900101231X', '张三', '13800001111', '一组 12 号', '2022年11月7日', '外出返乡', '青龙村'],
    ])
  })

  it('masks ID numbers and phones and leaves the address empty unless the user may reveal them', () => {
    const table = buildLedgerTable(people, template, personData(), false)
    expect(ledgerRowArrays(table)[0].slice(0, 4)).toEqual(['110101********231X', '张三', '138****1111', undefined])
  })

  it('formats days in every offered format', () => {
    expect(
      ['YYYY-MM-DD', 'YYYY/MM/DD', 'YYYYMMDD', 'M月D日'].map((f) => formatLedgerDate('2022-01-05', f as never)),
    ).toEqual(['2022-01-05', '2022/01/05', '20220105', '1月5日'])
  })

  it('writes CSV as UTF-8 with a BOM, CRLF lines and quoted fields', () => {
    const csv = ledgerCsv({
      title: '台账',
      name: 'x',
      headers: ['a', 'b'],
      kinds: ['text', 'text'],
      rows: ledgerRowsOf([['x,y', 'say "hi"']]),
    })
    expect(csv.startsWith('\uFEFF台账\r\na,b\r\n')).toBe(true)
    expect(csv.endsWith('"x,y","say ""hi"""\r\n')).toBe(true)
  })
})
