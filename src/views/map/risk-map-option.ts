// The ECharts option of the risk map, built by pure functions over domain data so it is unit-tested without a DOM.
// The map is an ECharts `geo` component over a registered GeoJSON (no tiles, no internet): villages are regions
// coloured by level; markers (5k people or places) are a scatter series on the same geo.
import type { LonLat } from '@/domain/map/coordinates'
import { TOWNSHIP_FEATURE } from '@/domain/map/map-geojson'
import { RISK_LEVELS, type RiskLevel } from '@/domain/map/risk-level'

/** The fill of each level: red, orange, yellow, and a quiet grey-blue for none; distinct on a washed-out projector. */
export const LEVEL_COLOURS: Record<RiskLevel, string> = {
  high: '#d7301f',
  medium: '#f28e2b',
  low: '#f2c94c',
  none: '#dde5ee',
}

/** What one village shows on the map. */
export interface MapVillage {
  id: string
  name: string
  level: RiskLevel
  /** The tooltip's lines after the name (population, people, reason…), already in the user's language. */
  details: string[]
}

/** Everything the option needs, in display terms. */
export interface RiskMapInput {
  mapName: string
  /** True for real geometry (lon/lat): the map is squashed by cos(latitude); false for the schematic. */
  geographic: boolean
  centreLatitude: number
  villages: readonly MapVillage[]
  labels: Record<RiskLevel, string>
  /** The title line, e.g. `示范镇村（社区）风险等级 2026-11-29`. */
  title: string
  legendCounts: Record<RiskLevel, number>
  markers?: readonly LonLat[]
  /** Projector mode: larger type everywhere. */
  large: boolean
  /** A village to pick out with a heavy outline (the dispatch board's village-by-village presentation). */
  highlight?: string | null
}

function textOf(large: boolean, small: number, big: number) {
  return large ? big : small
}

/** The legend drawn into the chart (so an exported PNG carries it): one swatch per level, highest first. */
export function legendGraphic(input: RiskMapInput) {
  const size = textOf(input.large, 14, 22)
  const row = size + 12
  const levels = [...RISK_LEVELS].reverse()
  return {
    type: 'group',
    id: 'legend',
    left: 16,
    bottom: 16,
    z: 100,
    children: levels.flatMap((level, i) => [
      {
        type: 'rect',
        shape: { x: 0, y: i * row, width: size * 1.6, height: size },
        style: { fill: LEVEL_COLOURS[level], stroke: '#606266' },
      },
      {
        type: 'text',
        x: size * 2.1,
        y: i * row,
        style: {
          text: `${input.labels[level]}  ${input.legendCounts[level]}`,
          font: `${size}px sans-serif`,
          fill: '#303133',
        },
      },
    ]),
  }
}

/** The regions' styles: each village's fill by level; the township boundary as a heavy outline, no fill. */
export function regionStyles(input: Pick<RiskMapInput, 'villages' | 'large' | 'highlight'>) {
  const regions: object[] = input.villages.map((v) =>
    v.id === input.highlight
      ? {
          name: v.id,
          itemStyle: { areaColor: LEVEL_COLOURS[v.level], borderColor: '#1d39c4', borderWidth: input.large ? 7 : 5 },
          label: { color: '#1d39c4' },
        }
      : { name: v.id, itemStyle: { areaColor: LEVEL_COLOURS[v.level] } },
  )
  regions.push({
    name: TOWNSHIP_FEATURE,
    itemStyle: { areaColor: 'rgba(0,0,0,0)', borderColor: '#303133', borderWidth: input.large ? 4 : 3 },
    label: { show: false },
    emphasis: { disabled: true },
    tooltip: { show: false },
  })
  return regions
}

/** The whole option of the risk map. */
export function riskMapOption(input: RiskMapInput) {
  const names = new Map(input.villages.map((v) => [v.id, v]))
  const fontSize = textOf(input.large, 14, 24)
  return {
    animation: false,
    title: {
      text: input.title,
      left: 'center',
      top: 8,
      textStyle: { fontSize: textOf(input.large, 18, 30), fontWeight: 'bold' },
    },
    tooltip: {
      trigger: 'item',
      textStyle: { fontSize: textOf(input.large, 13, 20) },
      formatter: (params: { name: string }) => {
        const village = names.get(params.name)
        if (!village) return ''
        return [`<b>${village.name}</b> · ${input.labels[village.level]}`, ...village.details].join('<br/>')
      },
    },
    geo: {
      map: input.mapName,
      roam: true,
      top: textOf(input.large, 56, 80),
      bottom: 24,
      // The legend has its own column on the left, so no village ever lies under it.
      left: textOf(input.large, 150, 240),
      right: 24,
      aspectScale: input.geographic ? Math.cos((input.centreLatitude * Math.PI) / 180) : 1,
      selectedMode: false,
      label: {
        show: true,
        fontSize,
        fontWeight: 'bold',
        color: '#1f2d3d',
        textBorderColor: '#ffffff',
        textBorderWidth: input.large ? 4 : 3,
        formatter: (params: { name: string }) => names.get(params.name)?.name ?? '',
      },
      itemStyle: { borderColor: '#ffffff', borderWidth: input.geographic ? 1.5 : 2, areaColor: LEVEL_COLOURS.none },
      emphasis: { itemStyle: { areaColor: '#8ab4f8' }, label: { fontSize } },
      regions: regionStyles(input),
    },
    series: input.markers?.length
      ? [
          {
            type: 'scatter',
            coordinateSystem: 'geo',
            data: input.markers,
            symbolSize: 4,
            silent: true,
            large: true,
            itemStyle: { color: '#1f4e8c', opacity: 0.6 },
          },
        ]
      : [],
    graphic: [legendGraphic(input)],
  }
}

/** The part of the option one replay step changes: the regions' colours, the title and the legend. */
export function replayStepOption(input: RiskMapInput) {
  return { title: { text: input.title }, geo: { regions: regionStyles(input) }, graphic: [legendGraphic(input)] }
}

/** How many villages are at each level. */
export function countLevels(villages: readonly Pick<MapVillage, 'level'>[]): Record<RiskLevel, number> {
  const counts: Record<RiskLevel, number> = { none: 0, low: 0, medium: 0, high: 0 }
  for (const v of villages) counts[v.level]++
  return counts
}
