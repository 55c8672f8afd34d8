import { describe, expect, it } from 'vitest'
import { parseVillageSheet } from '@/domain/township/village-sheet'

const TOWNSHIP = '511826100000'
const HEADER = ['统计用区划代码', '城乡分类代码', '名称']

describe('parseVillageSheet: the national layout', () => {
  const result = parseVillageSheet(
    [
      ['芦山县芦阳镇统计用区划代码和城乡划分代码'],
      HEADER,
      ['511826100000', '', '芦阳镇'],
      ['511826100001', '111', '城东社区'],
      ['511826100201', '220', '新华村'],
    ],
    TOWNSHIP,
  )

  it('finds the header under the title and maps the columns', () => {
    expect(result.fatal).toBeUndefined()
    expect(result.headerRowNumber).toBe(2)
    expect(result.columns).toEqual({ code: 0, urbanRuralClass: 1, name: 2 })
  })

  it('skips the township’s own row and reads the rest with Excel row numbers and kinds', () => {
    expect(result.skipped).toEqual([{ rowNumber: 3, reason: 'townshipRow' }])
    expect(result.problems).toEqual([])
    expect(result.rows).toEqual([
      { rowNumber: 4, code: '511826100001', name: '城东社区', kind: 'community', urbanRuralClass: '111', notes: [] },
      { rowNumber: 5, code: '511826100201', name: '新华村', kind: 'village', urbanRuralClass: '220', notes: [] },
    ])
  })

  it('leaves population and households out when the sheet has no such columns', () => {
    expect(result.rows[0]).not.toHaveProperty('population')
    expect(result.rows[0]).not.toHaveProperty('households')
  })
})

describe('parseVillageSheet: codes', () => {
  const parse = (...codes: unknown[]) =>
    parseVillageSheet([['代码', '名称'], ...codes.map((code, index) => [code, `村${index}`])], TOWNSHIP)

  it('repairs a float-suffixed code and notes it', () => {
    expect(parse('511826100201.0').rows[0]).toMatchObject({
      code: '511826100201',
      notes: [{ field: 'code', code: 'float-suffix', params: { value: '511826100201.0' } }],
    })
  })

  it('repairs full-width digits and notes it', () => {
    expect(parse('５１１８２６１００２０１').rows[0].notes).toEqual([
      { field: 'code', code: 'full-width', params: { value: '５１１８２６１００２０１' } },
    ])
  })

  it('reads numbers, apostrophes and ="…" as the same code', () => {
    const result = parse(511826100201, "'511826100202", '="511826100203"')
    expect(result.rows.map((row) => row.code)).toEqual(['511826100201', '511826100202', '511826100203'])
    expect(result.rows.every((row) => row.notes.length === 0)).toBe(true)
  })

  it.each([
    ['5.11826E+11', 'code.scientific', { value: '5.11826E+11' }],
    ['5118261002', 'code.wrong-length', { value: '5118261002' }],
    ['51182610020X', 'code.not-digits', { value: '51182610020X' }],
    ['', 'code.empty', { value: '' }],
    ['511826000000', 'code.notVillage', { value: '511826000000' }],
    ['511826101000', 'code.notVillage', { value: '511826101000' }],
    ['511826101201', 'code.outside', { value: '511826101201', township: '511826100' }],
  ])('refuses %j with %s', (code, problem, params) => {
    const result = parse(code)
    expect(result.rows).toEqual([])
    expect(result.problems).toEqual([{ field: 'code', code: problem, params, rowNumber: 2 }])
  })

  it('reports a duplicate with the first row, keeping the first', () => {
    const result = parse('511826100201', '511826100202', '511826100201.0')
    expect(result.rows.map((row) => row.rowNumber)).toEqual([2, 3])
    expect(result.problems).toEqual([
      { field: 'code', code: 'duplicateInSheet', params: { value: '511826100201', firstRow: 2 }, rowNumber: 4 },
    ])
  })
})

describe('parseVillageSheet: other columns', () => {
  const parse = (...rows: unknown[][]) =>
    parseVillageSheet([['代码', '名称', '城乡分类', '户籍人口', '总户数'], ...rows], TOWNSHIP)

  it('reads counts from numbers and from text as people type it', () => {
    const result = parse(
      ['511826100201', ' 新华村 ', 220, '1,234', '410户'],
      ['511826100202', '王家村', '220.0', 980, 301],
    )
    expect(result.problems).toEqual([])
    expect(
      result.rows.map(({ name, urbanRuralClass, population, households }) => ({
        name,
        urbanRuralClass,
        population,
        households,
      })),
    ).toEqual([
      { name: '新华村', urbanRuralClass: '220', population: 1234, households: 410 },
      { name: '王家村', urbanRuralClass: '220', population: 980, households: 301 },
    ])
  })

  it('leaves blank counts unknown instead of inventing 0', () => {
    const [row] = parse(['511826100201', '新华村', '', '', '—']).rows
    expect(row.urbanRuralClass).toBe('')
    expect(row.population).toBeUndefined()
    expect(row.households).toBeUndefined()
  })

  it('reports every problem of a row and leaves the row out', () => {
    const result = parse(['5.11826E+11', '', '999', '约1200', '-3'])
    expect(result.rows).toEqual([])
    expect(result.problems).toEqual([
      { field: 'code', code: 'code.scientific', params: { value: '5.11826E+11' }, rowNumber: 2 },
      { field: 'name', code: 'required', rowNumber: 2 },
      { field: 'urbanRuralClass', code: 'urbanRuralClass', params: { value: '999' }, rowNumber: 2 },
      { field: 'population', code: 'wholeNumber', params: { value: '约1200' }, rowNumber: 2 },
      { field: 'households', code: 'wholeNumber', params: { value: '-3' }, rowNumber: 2 },
    ])
  })
})

describe('parseVillageSheet: blank rows', () => {
  it('skips blank rows between villages, ignores trailing ones, and ignores a lone 序号', () => {
    const result = parseVillageSheet(
      [
        ['序号', '代码', '名称'],
        ['1', '511826100201', '新华村'],
        ['2', '', ' '],
        [],
        ['3', '511826100202', '王家村'],
        ['4', '', ''],
        [],
        ['', '', ''],
      ],
      TOWNSHIP,
    )
    expect(result.rows.map((row) => row.rowNumber)).toEqual([2, 5])
    expect(result.skipped).toEqual([
      { rowNumber: 3, reason: 'blank' },
      { rowNumber: 4, reason: 'blank' },
    ])
    expect(result.problems).toEqual([])
  })
})

describe('parseVillageSheet: merged two-row header', () => {
  it('reads the sub-headers and starts after the second header row', () => {
    const result = parseVillageSheet(
      [
        ['芦阳镇村（社区）基本情况'],
        ['代码', '村（社区）名称', '人口情况', ''],
        ['', '', '户数', '常住人口'],
        ['511826100201', '新华村', '410', '1234'],
      ],
      TOWNSHIP,
    )
    expect(result.headerRowNumber).toBe(3)
    expect(result.rows).toMatchObject([{ rowNumber: 4, code: '511826100201', households: 410, population: 1234 }])
  })
})

describe('parseVillageSheet: refused sheets', () => {
  it.each([
    [[], 'empty'],
    [[[], ['', ' '], [null]], 'empty'],
    [[['511826100201', '新华村']], 'noHeader'],
    [
      [
        ['村名', '人口'],
        ['新华村', '1234'],
      ],
      'noCodeColumn',
    ],
    [
      [
        ['代码', '人口'],
        ['511826100201', '1234'],
      ],
      'noNameColumn',
    ],
  ])('refuses %j as %s, with nothing to import', (rows, fatal) => {
    const result = parseVillageSheet(rows as unknown[][], TOWNSHIP)
    expect(result.fatal).toBe(fatal)
    expect(result.rows).toEqual([])
    expect(result.problems).toEqual([])
  })

  it('still tells which columns it found when one is missing', () => {
    expect(parseVillageSheet([['村名', '人口']], TOWNSHIP)).toMatchObject({
      fatal: 'noCodeColumn',
      headerRowNumber: 1,
      columns: { name: 0, population: 1 },
    })
  })
})
