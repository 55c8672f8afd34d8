import { describe, expect, it } from 'vitest'
import { isPlausiblePhone, normalizePhone, villageProblems } from '@/domain/township/village-rules'
import type { VillageInput } from '@/domain/township/village'

const TOWNSHIP = '511826100000'

function village(overrides: Partial<VillageInput> = {}): VillageInput {
  return {
    code: '511826100201',
    name: '新华村',
    urbanRuralClass: '220',
    population: 1234,
    households: 410,
    secretary: { name: '张三', phone: '13800138000' },
    doctor: { name: '李四', phone: '' },
    grids: [{ id: 'g1', name: '一组', members: [{ name: '王五', phone: '13900139000' }] }],
    ...overrides,
  }
}

const codes = (input: VillageInput) => villageProblems(input, TOWNSHIP).map((problem) => problem.code)

describe('villageProblems', () => {
  it('accepts a complete village', () => {
    expect(villageProblems(village(), TOWNSHIP)).toEqual([])
  })

  it('accepts an unknown urban-rural class and zero counts', () => {
    expect(villageProblems(village({ urbanRuralClass: '', population: 0, households: 0 }), TOWNSHIP)).toEqual([])
  })

  it('accepts a float-suffixed code, as the reader repairs it', () => {
    expect(codes(village({ code: '511826100201.0' }))).toEqual([])
  })

  it.each([
    ['', 'code.empty'],
    ['5.11826E+11', 'code.scientific'],
    ['51182610020A', 'code.not-digits'],
    ['5118261002', 'code.wrong-length'],
  ])('refuses the code %j with %s', (code, expected) => {
    expect(villageProblems(village({ code }), TOWNSHIP)).toContainEqual({
      field: 'code',
      code: expected,
      params: { value: code.trim() },
    })
  })

  it('refuses the township code itself as not a village', () => {
    expect(villageProblems(village({ code: '511826100000' }), TOWNSHIP)).toContainEqual({
      field: 'code',
      code: 'code.notVillage',
      params: { value: '511826100000' },
    })
  })

  it('refuses a village of another township and names the township prefix', () => {
    expect(villageProblems(village({ code: '511826101201' }), TOWNSHIP)).toContainEqual({
      field: 'code',
      code: 'code.outside',
      params: { value: '511826101201', township: '511826100' },
    })
  })

  it('requires a name', () => {
    expect(villageProblems(village({ name: '  ' }), TOWNSHIP)).toContainEqual({ field: 'name', code: 'required' })
  })

  it.each([-1, 1.5, Number.NaN])('refuses %s people', (population) => {
    expect(villageProblems(village({ population }), TOWNSHIP)).toContainEqual({
      field: 'population',
      code: 'wholeNumber',
      params: { value: String(population) },
    })
  })

  it('refuses households that are not whole', () => {
    expect(codes(village({ households: 2.5 }))).toEqual(['wholeNumber'])
  })

  it.each(['999', '22', 'toString', 'constructor'])('refuses the urban-rural class %j', (urbanRuralClass) => {
    expect(codes(village({ urbanRuralClass }))).toEqual(['urbanRuralClass'])
  })

  it('refuses an implausible phone with the contact in the field', () => {
    expect(villageProblems(village({ doctor: { name: '李四', phone: '12345' } }), TOWNSHIP)).toEqual([
      { field: 'doctor.phone', code: 'phone', params: { value: '12345' } },
    ])
  })

  it('accepts mobiles with +86 and dashes, and landlines', () => {
    const secretary = { name: '张三', phone: '+86 138-0013-8000' }
    const doctor = { name: '李四', phone: '0835-2222222' }
    expect(villageProblems(village({ secretary, doctor }), TOWNSHIP)).toEqual([])
  })

  it('requires grid names and refuses duplicates', () => {
    const grids = [
      { id: 'a', name: '一组', members: [] },
      { id: 'b', name: ' 一组 ', members: [] },
      { id: 'c', name: '', members: [] },
    ]
    expect(villageProblems(village({ grids }), TOWNSHIP)).toEqual([
      { field: 'grids.1.name', code: 'gridDuplicate', params: { value: '一组' } },
      { field: 'grids.2.name', code: 'required' },
    ])
  })

  it('checks grid members’ phones', () => {
    const grids = [
      {
        id: 'a',
        name: '一组',
        members: [
          { name: '甲', phone: '13800138000' },
          { name: '乙', phone: '138' },
        ],
      },
    ]
    expect(villageProblems(village({ grids }), TOWNSHIP)).toEqual([
      { field: 'grids.0.members.1.phone', code: 'phone', params: { value: '138' } },
    ])
  })

  it('reports every problem at once', () => {
    expect(codes(village({ code: '', name: '', population: -1, urbanRuralClass: 'x' }))).toEqual([
      'code.empty',
      'required',
      'wholeNumber',
      'urbanRuralClass',
    ])
  })
})

describe('normalizePhone and isPlausiblePhone', () => {
  it.each([
    ['+86 138 0013 8000', '13800138000'],
    ['86-138-0013-8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['(138)00138000', '13800138000'],
    [' 0835-2222222 ', '0835-2222222'],
    ['12345', '12345'],
    // The same normaliser as the people register's: full-width digits, 0086, a label, a landline without dash.
    ['１３８００１３８０００', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['手机：13800138000', '13800138000'],
    ['08352222222', '0835-2222222'],
  ])('normalizes %j to %j', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected)
  })

  it('takes empty, mobiles and landlines', () => {
    expect(isPlausiblePhone('')).toBe(true)
    expect(isPlausiblePhone('13800138000')).toBe(true)
    expect(isPlausiblePhone('08352222222')).toBe(true)
    expect(isPlausiblePhone('12800138000')).toBe(false)
    expect(isPlausiblePhone('1380013800')).toBe(false)
  })
})
