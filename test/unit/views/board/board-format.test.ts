import { describe, expect, it } from 'vitest'
import { figureValue } from '@/domain/figures/figure-value'
import { trendOption } from '@/views/board/board-chart-option'
import { changeOf, shortDateTime } from '@/views/board/board-format'

describe('board formatting', () => {
  it('shows a rise of fevers as bad news and a rise of releases as good; unknown change as nothing', () => {
    expect(changeOf('fevers', figureValue(4, 1))).toEqual({ text: '+3', tone: 'bad' })
    expect(changeOf('releases', figureValue(4, 1))).toEqual({ text: '+3', tone: 'good' })
    expect(changeOf('orders.open', figureValue(2, 5))).toEqual({ text: '−3', tone: 'good' })
    expect(changeOf('fevers', figureValue(2, 2))).toEqual({ text: '0', tone: 'flat' })
    expect(changeOf('tests.overdue', figureValue(2, null))).toBeNull()
    expect(shortDateTime(new Date(2022, 10, 29, 8, 5).getTime())).toBe('11-29 08:05')
  })

  it('draws counts as bars and people under control as a line on its own axis, larger on a projector', () => {
    const trends = [
      { key: 'fevers' as const, days: ['2022-11-28', '2022-11-29'], values: [1, 2] },
      { key: 'underControl.total' as const, days: ['2022-11-28', '2022-11-29'], values: [40, 42] },
    ]
    const option = trendOption((k) => k, trends, true)
    expect(option.xAxis.data).toEqual(['11-28', '11-29'])
    expect(option.series.map((s) => [s.type, s.yAxisIndex, s.data])).toEqual([
      ['bar', 0, [1, 2]],
      ['line', 1, [40, 42]],
    ])
    expect(option.textStyle.fontSize).toBeGreaterThan(trendOption((k) => k, trends, false).textStyle.fontSize)
  })
})
