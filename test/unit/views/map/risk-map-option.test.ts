import { describe, expect, it } from 'vitest'
import { TOWNSHIP_FEATURE } from '@/domain/map/map-geojson'
import { RISK_LABELS } from '@/domain/map/risk-level'
import {
  countLevels,
  LEVEL_COLOURS,
  regionStyles,
  replayStepOption,
  riskMapOption,
  type RiskMapInput,
} from '@/views/map/risk-map-option'

const villages = [
  { id: 'v1', name: '花园村', level: 'high' as const, details: ['户籍人口 1,200'] },
  { id: 'v2', name: '大堰村', level: 'none' as const, details: [] },
]
const input: RiskMapInput = {
  mapName: 'schematic-x',
  geographic: true,
  centreLatitude: 30,
  villages,
  labels: RISK_LABELS.risk,
  title: '示范镇村（社区）风险等级 2026-11-29',
  legendCounts: countLevels(villages),
  markers: [[102.9, 30.1]],
  large: false,
}

describe('the risk map option', () => {
  it('colours each village by its level and outlines the township', () => {
    const regions = regionStyles(input) as { name: string; itemStyle: { areaColor: string; borderWidth?: number } }[]
    expect(regions[0]).toMatchObject({ name: 'v1', itemStyle: { areaColor: LEVEL_COLOURS.high } })
    expect(regions[1].itemStyle.areaColor).toBe(LEVEL_COLOURS.none)
    expect(regions[2]).toMatchObject({ name: TOWNSHIP_FEATURE, itemStyle: { borderWidth: 3 } })
  })

  it('labels villages by name, squashes longitudes by latitude, and draws markers on the same map', () => {
    const option = riskMapOption(input)
    expect(option.geo.map).toBe('schematic-x')
    expect(option.geo.aspectScale).toBeCloseTo(Math.cos(Math.PI / 6), 10)
    expect(option.geo.label.formatter({ name: 'v1' })).toBe('花园村')
    // Regions take the geo's own tooltip formatter (ECharts never applies the global one to a component).
    expect(option.geo.tooltip.formatter({ name: 'v1' })).toContain('高风险')
    expect(option.tooltip.formatter({ name: TOWNSHIP_FEATURE })).toBe('')
    expect(option.series).toHaveLength(1)
    expect(riskMapOption({ ...input, geographic: false }).geo.aspectScale).toBe(1)
  })

  it('puts the legend with counts into the chart, larger in projector mode', () => {
    const small = JSON.stringify(riskMapOption(input).graphic)
    expect(small).toContain('高风险  1')
    expect(small).toContain('常态  1')
    const large = riskMapOption({ ...input, large: true })
    expect(large.geo.label.fontSize).toBeGreaterThanOrEqual(24)
    expect(JSON.stringify(large.graphic)).toContain('22px')
  })

  it('changes only colours, texts, title and legend on a replay step, with that day’s tooltip', () => {
    const step = replayStepOption({ ...input, title: '2026-11-28', villages: [{ ...villages[0], level: 'low' }] })
    expect(Object.keys(step).sort()).toEqual(['geo', 'graphic', 'title'])
    expect(Object.keys(step.geo).sort()).toEqual(['label', 'regions', 'tooltip'])
    expect(step.geo.tooltip.formatter({ name: 'v1' })).toContain('低风险')
  })

  it('outlines a village whose suggestion differs, dashed, with the suggestion under its name and in the legend', () => {
    const differing = {
      ...input,
      villages: [{ ...villages[0], level: 'none' as const, suggested: 'high' as const, differs: true }, villages[1]],
      suggestedLabel: '建议',
      differsLabel: '虚线框 = 建议与决定不同  1',
    }
    const [first, second] = regionStyles(differing) as { itemStyle: { borderType?: string; areaColor: string } }[]
    expect(first.itemStyle).toMatchObject({ borderType: 'dashed', areaColor: LEVEL_COLOURS.none })
    expect(second.itemStyle.borderType).toBeUndefined()
    const option = riskMapOption(differing)
    expect(option.geo.label.formatter({ name: 'v1' })).toBe('花园村\n{note|建议 高风险}')
    expect(option.geo.label.formatter({ name: 'v2' })).toBe('大堰村')
    expect(JSON.stringify(option.graphic)).toContain('虚线框 = 建议与决定不同  1')
  })

  it('draws quarantine sites as pins with their occupancy, toggled with the village points in a legend', () => {
    const option = riskMapOption({
      ...input,
      sites: [{ name: '县宾馆', at: [102.95, 30.12], detail: '在住 3 / 床位 24' }],
      layerNames: { markers: '村委会位置', sites: '集中隔离点' },
    })
    const series = option.series as { name: string; symbol?: string; data: unknown[] }[]
    expect(series.map((s) => s.name)).toEqual(['村委会位置', '集中隔离点'])
    expect(series[1]).toMatchObject({ symbol: 'pin', data: [{ name: '县宾馆', value: [102.95, 30.12] }] })
    expect(option.legend[0].data).toEqual(['村委会位置', '集中隔离点'])
    expect(option.tooltip.formatter({ name: '县宾馆', data: { detail: '在住 3 / 床位 24' } })).toContain('在住 3')
    expect(riskMapOption({ ...input, markers: [] }).legend).toEqual([])
  })
})
