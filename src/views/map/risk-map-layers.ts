// The risk map's point layers: village points and quarantine sites as scatter series on the geo, with a legend
// above the level legend whose entries hide and show each layer.
import { SITE_COLOUR } from './map-colours'
import { legendRows, legendSize } from './risk-map-legend'
import type { RiskMapInput } from './risk-map-option'

function textOf(large: boolean, small: number, big: number) {
  return large ? big : small
}

/** The point layers as scatter series on the geo: village points (5k markers) and quarantine sites (pins). */
export function pointSeries(input: RiskMapInput) {
  const series: object[] = []
  if (input.markers?.length)
    series.push({
      type: 'scatter',
      name: input.layerNames?.markers ?? 'markers',
      coordinateSystem: 'geo',
      data: input.markers,
      symbolSize: 4,
      silent: true,
      large: true,
      itemStyle: { color: '#1f4e8c', opacity: 0.6 },
    })
  if (input.sites?.length)
    series.push({
      type: 'scatter',
      name: input.layerNames?.sites ?? 'sites',
      coordinateSystem: 'geo',
      data: input.sites.map((s) => ({ name: s.name, value: s.at, detail: s.detail })),
      symbol: 'pin',
      symbolSize: textOf(input.large, 30, 44),
      z: 5,
      itemStyle: { color: SITE_COLOUR, borderColor: '#ffffff', borderWidth: 1.5 },
      label: {
        show: true,
        position: 'right',
        formatter: '{b}',
        fontSize: textOf(input.large, 13, 22),
        fontWeight: 'bold',
        color: SITE_COLOUR,
        textBorderColor: '#ffffff',
        textBorderWidth: 3,
      },
    })
  return series
}

/** The legend of the point layers (a click hides or shows a layer), above the level legend. */
export function layerLegend(input: RiskMapInput, series: object[]) {
  if (!series.length) return []
  const size = legendSize(input.large)
  return [
    {
      orient: 'vertical',
      left: 16,
      bottom: 16 + legendRows(input) * (size + 12) + 8,
      itemGap: 10,
      textStyle: { fontSize: size },
      data: series.map((s) => (s as { name: string }).name),
    },
  ]
}
