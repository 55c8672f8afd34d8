import { describe, expect, it } from 'vitest'
import {
  cellsAreBlank,
  cellText,
  readUrbanRuralClass,
  readWholeNumber,
  unwrapTextCell,
} from '@/domain/township/sheet-cells'

describe('readWholeNumber', () => {
  it.each([
    [1234, 1234],
    [0, 0],
    ['1234', 1234],
    [' 1234 ', 1234],
    ['1,234', 1234],
    ['1，234', 1234],
    ['12,345,678', 12345678],
    ['1234人', 1234],
    ['410户', 410],
    ['1234.0', 1234],
    ['１２３４', 1234],
    ['0', 0],
  ])('reads %j as %d', (cell, value) => {
    expect(readWholeNumber(cell)).toEqual({ ok: true, value })
  })

  it.each([undefined, null, '', '  ', '-', '—', '/'])('reads %j as unknown, not 0', (cell) => {
    expect(readWholeNumber(cell)).toEqual({ ok: true, value: undefined })
  })

  it.each([-1, 1.5, Number.NaN, '约1200', '1.2万', '1,23', '12.5', 'abc', '-5'])('refuses %j', (cell) => {
    expect(readWholeNumber(cell)).toEqual({ ok: false, raw: String(cell).trim() })
  })
})

describe('readUrbanRuralClass', () => {
  it.each([
    [220, '220'],
    ['220', '220'],
    ['220.0', '220'],
    [' 111 ', '111'],
    ['', ''],
    [undefined, ''],
  ])('reads %j as %j', (cell, value) => {
    expect(readUrbanRuralClass(cell)).toEqual({ ok: true, value })
  })

  it.each(['999', '22', '村庄', 'toString'])('refuses %j', (cell) => {
    expect(readUrbanRuralClass(cell)).toEqual({ ok: false, raw: cell })
  })
})

describe('unwrapTextCell, cellText, cellsAreBlank', () => {
  it('unwraps the tricks that keep a code as text', () => {
    expect(unwrapTextCell("'511826100201")).toBe('511826100201')
    expect(unwrapTextCell('="511826100201"')).toBe('511826100201')
    expect(unwrapTextCell('511826100201')).toBe('511826100201')
    expect(unwrapTextCell(511826100201)).toBe(511826100201)
  })

  it('trims text and treats null as empty', () => {
    expect(cellText('\u3000新华村 ')).toBe('新华村')
    expect(cellText(null)).toBe('')
    expect(cellText(0)).toBe('0')
  })

  it('looks only at the given columns', () => {
    expect(cellsAreBlank(['7', '', ' '], [1, 2])).toBe(true)
    expect(cellsAreBlank(['7', '', 'x'], [1, 2])).toBe(false)
    expect(cellsAreBlank(undefined, [0])).toBe(true)
  })
})
