import type { FigureTrend } from '@/domain/figures/figure-value'

type Translate = (key: string) => string

const COLOURS: Record<string, string> = {
  'registrations.total': '#1f6fd1',
  'underControl.total': '#7b3fb8',
  fevers: '#d7301f',
  'tests.done': '#2e9e5b',
  'tests.positive': '#000000',
}

/** The trends chart: daily counts as bars, people under control as a line on its own axis; large type on a projector. */
export function trendOption(t: Translate, trends: readonly FigureTrend[], large: boolean) {
  const font = large ? 18 : 13
  const days = trends[0]?.days ?? []
  return {
    animation: false,
    textStyle: { fontSize: font },
    tooltip: { trigger: 'axis', textStyle: { fontSize: font } },
    legend: { top: 0, textStyle: { fontSize: font }, itemWidth: font, itemHeight: font },
    grid: { left: large ? 56 : 40, right: large ? 56 : 40, top: large ? 64 : 48, bottom: large ? 36 : 28 },
    xAxis: { type: 'category', data: days.map((d) => d.slice(5)), axisLabel: { fontSize: font } },
    yAxis: [
      { type: 'value', minInterval: 1, axisLabel: { fontSize: font } },
      { type: 'value', minInterval: 1, axisLabel: { fontSize: font }, splitLine: { show: false } },
    ],
    series: trends.map((trend) => {
      const line = trend.key === 'underControl.total'
      return {
        name: t(`figures.${trend.key}`),
        type: line ? 'line' : 'bar',
        yAxisIndex: line ? 1 : 0,
        data: trend.values,
        color: COLOURS[trend.key],
        lineStyle: line ? { width: large ? 4 : 3 } : undefined,
        symbolSize: line ? (large ? 9 : 6) : undefined,
      }
    }),
  }
}
