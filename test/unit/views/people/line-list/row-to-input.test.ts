import { describe, expect, it } from 'vitest'
import { badCheck, residentId } from '../../../../fixtures/people'
import { LINE_LIST_COLUMNS, type LineListColumn } from '@/views/people/line-list/columns'
import { isBlankRow, rowToInput, type RowContext } from '@/views/people/line-list/row-to-input'
import { villageChoices } from '@/views/people/line-list/village-match'

const context: RowContext = {
  villages: villageChoices([
    {
      id: 'vil_ql',
      name: '青龙村',
      grids: [
        { id: 'grd_ql1', name: '一组', members: [] },
        { id: 'grd_ql3', name: '3组', members: [] },
      ],
    },
    { id: 'vil_qs', name: '青石村', grids: [] },
    { id: 'vil_cd', name: '城东社区', grids: [{ id: 'grd_cd1', name: '第一网格', members: [] }] },
  ]),
  today: '2021-01-20',
}

const GOOD: Partial<Record<LineListColumn, string>> = {
  name: '张伟华',
  documentNumber: residentId('19900307', '123'),
  phones: '138 1234 5678',
  village: '青龙村',
  origin: '湖北省武汉市江汉区',
  arrivalDate: '2021-01-08',
  transport: '火车',
  transportNumber: 'G1234',
  healthCode: '绿码',
}

function cells(more: Partial<Record<LineListColumn, string>> = {}): string[] {
  const values = { ...GOOD, ...more }
  return LINE_LIST_COLUMNS.map((column) => values[column] ?? '')
}

const codes = (problems: { field: string; code: string }[]) => problems.map((p) => `${p.field}:${p.code}`)

describe('rowToInput', () => {
  it('reads a good row into a registration, with the defaults and what the ID says', () => {
    const reading = rowToInput(cells(), context)
    expect(reading.errors).toEqual([])
    expect(reading.warnings).toEqual([])
    expect(reading.derived).toEqual({ sex: 'male', birthDate: '1990-03-07' })
    expect(reading.input.person).toMatchObject({
      name: '张伟华',
      documentType: 'resident-id',
      documentNumber: GOOD.documentNumber,
      sex: 'unknown',
      birthDate: '',
      phones: ['138 1234 5678'],
      villageId: 'vil_ql',
    })
    expect(reading.input.episode).toMatchObject({
      kind: 'returnee',
      origin: { province: '湖北省', city: '武汉市', county: '江汉区', township: '', village: '', areaCode: '' },
      arrivalDate: '2021-01-08',
      transport: 'train',
      transportNumber: 'G1234',
      healthCode: { colour: 'green', seenOn: '2021-01-08' },
      source: 'line-list',
    })
  })

  it.each<[string, Partial<Record<LineListColumn, string>>, string[], string[]]>([
    [
      'a number failing its check is saved with a warning',
      { documentNumber: badCheck(residentId()) },
      [],
      ['documentNumber:person.document.checkCharacter'],
    ],
    ['an odd phone is a warning', { phones: '12345' }, [], ['phones:person.phone.invalid']],
    ['no village is a warning', { village: '' }, [], ['village:lineList.village.missing']],
    ['a missing name is an error', { name: '' }, ['name:person.name.required'], []],
    ['a name with digits is an error', { name: '张三1' }, ['name:person.name.characters'], []],
    ['an unknown village is an error', { village: '白云村' }, ['village:lineList.village.unknown'], []],
    ['initials matching two villages are an error', { village: 'q' }, ['village:lineList.village.ambiguous'], []],
    [
      'an unreadable date is an error, not also a missing one',
      { arrivalDate: '上周' },
      ['arrivalDate:lineList.date.unreadable'],
      [],
    ],
    ['a day that never was is an error', { arrivalDate: '2021-02-30' }, ['arrivalDate:episode.date.invalid'], []],
    ['an arrival in the future is an error', { arrivalDate: '2021-03-01' }, ['arrivalDate:episode.date.future'], []],
    ['an unknown category is an error', { kind: '游客' }, ['kind:lineList.kind.unknown'], []],
    ['a close contact needs the form', { kind: '密接' }, ['kind:lineList.kind.needsForm'], []],
    ['an unknown transport is an error', { transport: '骑马' }, ['transport:lineList.transport.unknown'], []],
    ['an unknown health code is an error', { healthCode: '紫码' }, ['healthCode:lineList.healthCode.unknown'], []],
    ['an unknown sex is an error', { sex: '未说' }, ['sex:lineList.sex.unknown'], []],
    ['a sex contradicting the ID is a warning', { sex: '女' }, [], ['sex:person.sex.mismatch']],
    [
      'an unknown document type is an error',
      { documentType: '军官证' },
      ['documentType:lineList.documentType.unknown'],
      [],
    ],
  ])('%s', (_name, more, errors, warnings) => {
    const reading = rowToInput(cells(more), context)
    expect(codes(reading.errors)).toEqual(errors)
    expect(codes(reading.warnings)).toEqual(warnings)
  })

  it.each([
    ['qlc', 'vil_ql', '青龙村'],
    ['QLC', 'vil_ql', '青龙村'],
    ['ql', 'vil_ql', '青龙村'],
    ['青龙', 'vil_ql', '青龙村'],
    ['cdsq', 'vil_cd', '城东社区'],
    ['城东', 'vil_cd', '城东社区'],
    ['青石村', 'vil_qs', undefined],
  ])('finds the village from %s', (typed, id, shown) => {
    const reading = rowToInput(cells({ village: typed }), context)
    expect(reading.errors).toEqual([])
    expect(reading.input.person.villageId).toBe(id)
    expect(reading.derived.village).toBe(shown)
  })

  it.each([
    ['2021-01-08', '2021-01-08'],
    ['2021/1/8', '2021-01-08'],
    ['2021.1.8', '2021-01-08'],
    ['20210108', '2021-01-08'],
    ['2021年1月8日', '2021-01-08'],
    ['1月8日', '2021-01-08'],
    ['1.8', '2021-01-08'],
    // No year, and this year's day would be in the future: last year's.
    ['12月30日', '2020-12-30'],
  ])('reads the arrival date %s', (typed, date) => {
    const reading = rowToInput(cells({ arrivalDate: typed }), context)
    expect(reading.errors).toEqual([])
    expect(reading.input.episode.arrivalDate).toBe(date)
    expect(reading.derived.arrivalDate).toBe(typed === date ? undefined : date)
  })

  it('reads the words clerks use for each column', () => {
    const reading = rowToInput(
      cells({
        documentType: '护照',
        documentNumber: 'E12345678',
        sex: '女',
        kind: '入境',
        transport: '飞机',
        healthCode: '黄',
      }),
      context,
    )
    expect(reading.errors).toEqual([])
    expect(reading.input.person).toMatchObject({ documentType: 'passport', sex: 'female' })
    expect(reading.input.episode).toMatchObject({
      kind: 'inbound',
      transport: 'flight',
      healthCode: { colour: 'yellow' },
    })
    expect(reading.derived).toEqual({})
  })

  it('takes a birth date typed in the sheet over the one in the ID, and warns when they differ', () => {
    const reading = rowToInput(cells({ birthDate: '1990.3.8' }), context)
    expect(reading.input.person.birthDate).toBe('1990-03-08')
    expect(reading.derived).toMatchObject({ sex: 'male', birthDate: '1990-03-08' })
    expect(codes(reading.warnings)).toEqual(['birthDate:person.birthDate.mismatch'])
  })

  it('knows a blank row', () => {
    expect(isBlankRow(LINE_LIST_COLUMNS.map(() => ' '))).toBe(true)
    expect(isBlankRow(cells())).toBe(false)
  })

  it('reads the grid by name or number within the row’s village, the address, departure and nucleic acid', () => {
    const reading = rowToInput(
      cells({
        grid: '三组',
        address: '青龙村三组 12 号',
        departureDate: '2021.1.6',
        nucleicAcidDate: '1月7日',
        nucleicAcidResult: '阴性',
      }),
      context,
    )
    expect(reading.errors).toEqual([])
    expect(reading.input.person).toMatchObject({ gridId: 'grd_ql3', address: '青龙村三组 12 号' })
    expect(reading.input.episode).toMatchObject({
      departureDate: '2021-01-06',
      nucleicAcid: { date: '2021-01-07', result: 'negative' },
    })
    expect(rowToInput(cells({ grid: '1组' }), context).input.person.gridId).toBe('grd_ql1')
  })

  it.each([
    ['a grid the village does not have', { grid: '9组' }, 'grid:lineList.grid.unknown'],
    ['a grid without a village', { village: '', grid: '一组' }, 'grid:lineList.grid.noVillage'],
    ['an unknown test result', { nucleicAcidResult: '很好' }, 'nucleicAcidResult:lineList.nucleicAcidResult.unknown'],
    ['a departure after the arrival', { departureDate: '2021-01-09' }, 'arrivalDate:episode.arrivalBeforeDeparture'],
    ['a test date in the future', { nucleicAcidDate: '2021-02-01' }, 'nucleicAcidDate:episode.date.future'],
  ])('refuses %s', (_, more, code) => {
    expect(codes(rowToInput(cells(more), context).errors)).toContain(code)
  })
})
