import { describe, expect, it } from 'vitest'
import { COLUMN_INDEX, LINE_LIST_COLUMNS, columnOfHeader, headerColumns } from '@/views/people/line-list/columns'
import { planPaste } from '@/views/people/line-list/paste-plan'

const never = () => false

describe('headerColumns', () => {
  it('recognises the headers village sheets use', () => {
    expect(columnOfHeader('身份证号码')).toBe('documentNumber')
    expect(columnOfHeader(' 所属村（社区） ')).toBe('village')
    expect(columnOfHeader('联系电话*')).toBe('phones')
    expect(columnOfHeader('返乡日期(必填)')).toBe('arrivalDate')
    expect(columnOfHeader('张三')).toBeUndefined()
  })

  it('takes a row for headers only when most of its cells name columns', () => {
    expect(headerColumns(['序号', '姓名', '身份证号', '电话'])).toEqual([undefined, 'name', 'documentNumber', 'phones'])
    expect(headerColumns(['张三', '男', '13812345678'])).toBeUndefined()
    expect(headerColumns(['姓名', 'a', 'b', 'c', 'd'])).toBeUndefined()
  })
})

describe('planPaste', () => {
  it('places a block from the current cell, dropping columns past the last and adding rows', () => {
    const plan = planPaste(
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
      { row: 4, col: LINE_LIST_COLUMNS.length - 2 },
      5,
      never,
    )
    expect(plan.rowCount).toBe(6)
    expect(plan.byHeader).toBe(false)
    const [second, last] = [LINE_LIST_COLUMNS.length - 2, LINE_LIST_COLUMNS.length - 1]
    expect(plan.writes).toEqual([
      { row: 4, col: second, value: 'a' },
      { row: 4, col: last, value: 'b' },
      { row: 5, col: second, value: 'd' },
      { row: 5, col: last, value: 'e' },
    ])
  })

  it('maps a block with a header row by the header names, from column 0 of the current row', () => {
    const plan = planPaste(
      [
        ['序号', '联系电话', '姓名'],
        ['1', '13812345678', '张三'],
      ],
      { row: 2, col: 5 },
      20,
      never,
    )
    expect(plan.byHeader).toBe(true)
    expect(plan.writes).toEqual([
      { row: 2, col: COLUMN_INDEX.phones, value: '13812345678' },
      { row: 2, col: COLUMN_INDEX.name, value: '张三' },
    ])
  })

  it('steps over saved rows', () => {
    const plan = planPaste([['a'], ['b']], { row: 0, col: 0 }, 3, (row) => row === 1)
    expect(plan.writes.map((w) => w.row)).toEqual([0, 2])
    expect(plan.rowCount).toBe(3)
  })
})
