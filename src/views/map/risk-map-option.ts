// The ECharts option of the risk map, built by pure functions over domain data so it is unit-tested without a DOM.
// The map is an ECharts `geo` component over a registered GeoJSON (no tiles, no internet): villages are regions
// coloured by level; village points and quarantine sites are scatter series on the same geo, toggled in a legend.
import type { LonLat } from '@/domain/map/coordinates'
import { TOWNSHIP_FEATURE } from '@/domain/map/map-geojson'
import type { RiskLevel } from '@/domain/map/risk-level'
import { LEVEL_COLOURS, SUGGESTION_COLOUR } from './map-colours'
import { legendGraphic } from './risk-map-legend'
import { layerLegend, pointSeries } from './risk-map-layers'

export { LEVEL_COLOURS, SITE_COLOUR, SUGGESTION_COLOUR } from './map-colours'

/** What one village shows on the map. */
export interface MapVillage {
  id: string
  name: string
  /** The decided level on the day. */
  level: RiskLevel
  /** The level the registers suggest (equal to `level` while the counts are not read). */
  suggested?: RiskLevel
  /** True when the suggestion differs from the decision: a dashed outline and a note under the name. */
  differs?: boolean
  /** The tooltip's lines after the name (population, people, reason…), already in the user's language. */
  details: string[] | (() => string[])
}

/** A place drawn as a pin: a quarantine site, with its tooltip line. */
export interface SitePoint {
  name: string
  at: LonLat
  detail: string
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
  sites?: readonly SitePoint[]
  /** The point layers' names in the legend. */
  layerNames?: { markers: string; sites: string }
  /** The legend's line for differing suggestions (with the count); none: no such line. */
  differsLabel?: string
  /** The word before a suggested level under a village's name (建议). */
  suggestedLabel?: string
  /** Projector mode: larger type everywhere. */
  large: boolean
  /** A village to pick out with a heavy outline (the dispatch board's village-by-village presentation). */
  highlight?: string | null
}

function textOf(large: boolean, small: number, big: number) {
  return large ? big : small
}

/**
 * The regions' styles: fill by level; the village being presented (the board) in a heavy blue outline, else a
 * dashed outline where the suggestion differs; the township as an outline.
 */
export function regionStyles(input: Pick<RiskMapInput, 'villages' | 'large' | 'highlight'>) {
  const regions: object[] = input.villages.map((v) => {
    if (v.id === input.highlight)
      return {
        name: v.id,
        itemStyle: { areaColor: LEVEL_COLOURS[v.level], borderColor: '#1d39c4', borderWidth: input.large ? 7 : 5 },
        label: { color: '#1d39c4' },
      }
    return {
      name: v.id,
      itemStyle: v.differs
        ? {
            areaColor: LEVEL_COLOURS[v.level],
            borderColor: SUGGESTION_COLOUR,
            borderWidth: input.large ? 4 : 2.5,
            borderType: 'dashed',
          }
        : { areaColor: LEVEL_COLOURS[v.level] },
    }
  })
  regions.push({
    name: TOWNSHIP_FEATURE,
    itemStyle: { areaColor: 'rgba(0,0,0,0)', borderColor: '#303133', borderWidth: input.large ? 4 : 3 },
    label: { show: false },
    emphasis: { disabled: true },
    tooltip: { show: false },
  })
  return regions
}

/** The village's label and tooltip, from the day's villages (replaced on every replay step with the regions). */
function formatters(input: RiskMapInput) {
  const byId = new Map(input.villages.map((v) => [v.id, v]))
  return {
    label: (params: { name: string }) => {
      const v = byId.get(params.name)
      if (!v) return ''
      return v.differs && v.suggested
        ? `${v.name}\n{note|${input.suggestedLabel ?? ''} ${input.labels[v.suggested]}}`
        : v.name
    },
    tooltip: (params: { name: string; seriesName?: string; data?: { detail?: string } }) => {
      if (params.data?.detail) return `<b>${params.name}</b><br/>${params.data.detail}`
      const v = byId.get(params.name)
      if (!v) return ''
      const details = typeof v.details === 'function' ? v.details() : v.details
      return [`<b>${v.name}</b> · ${input.labels[v.level]}`, ...details].join('<br/>')
    },
  }
}

/** The whole option of the risk map. */
export function riskMapOption(input: RiskMapInput) {
  const fontSize = textOf(input.large, 14, 24)
  const format = formatters(input)
  const series = pointSeries(input)
  return {
    animation: false,
    title: {
      text: input.title,
      left: 'center',
      top: 8,
      textStyle: { fontSize: textOf(input.large, 18, 30), fontWeight: 'bold' },
    },
    tooltip: { trigger: 'item', textStyle: { fontSize: textOf(input.large, 13, 20) }, formatter: format.tooltip },
    legend: layerLegend(input, series),
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
      // ECharts gives a component (the geo's regions) its own tooltip formatter, never the global one.
      tooltip: { show: true, formatter: format.tooltip },
      label: {
        show: true,
        fontSize,
        fontWeight: 'bold',
        color: '#1f2d3d',
        textBorderColor: '#ffffff',
        textBorderWidth: input.large ? 4 : 3,
        formatter: format.label,
        rich: { note: { fontSize: textOf(input.large, 12, 20), color: SUGGESTION_COLOUR, fontWeight: 'bold' } },
      },
      itemStyle: { borderColor: '#ffffff', borderWidth: input.geographic ? 1.5 : 2, areaColor: LEVEL_COLOURS.none },
      emphasis: { itemStyle: { areaColor: '#8ab4f8' }, label: { fontSize } },
      regions: regionStyles(input),
    },
    series,
    graphic: [legendGraphic(input)],
  }
}

/** The part of the option one replay step changes: the regions' styles and texts, the title and the legend. */
export function replayStepOption(input: RiskMapInput) {
  const format = formatters(input)
  return {
    title: { text: input.title },
    geo: { regions: regionStyles(input), label: { formatter: format.label }, tooltip: { formatter: format.tooltip } },
    graphic: [legendGraphic(input)],
  }
}

/** How many villages are at each level. */
export function countLevels(villages: readonly Pick<MapVillage, 'level'>[]): Record<RiskLevel, number> {
  const counts: Record<RiskLevel, number> = { none: 0, low: 0, medium: 0, high: 0 }
  for (const v of villages) counts[v.level]++
  return counts
}
