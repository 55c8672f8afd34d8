// The risk map's legend, drawn into the chart as graphics (so an exported PNG carries it): one swatch per level with
// its count, and a dashed swatch for villages whose suggested level differs from the decided one.
import { RISK_LEVELS } from '@/domain/map/risk-level'
import { LEVEL_COLOURS, SUGGESTION_COLOUR } from './map-colours'
import type { RiskMapInput } from './risk-map-option'

/** The legend's type size: larger in projector mode. */
export function legendSize(large: boolean): number {
  return large ? 22 : 14
}

/** How many rows the legend has (the point layers' legend goes above it). */
export function legendRows(input: Pick<RiskMapInput, 'differsLabel'>): number {
  return RISK_LEVELS.length + (input.differsLabel ? 1 : 0)
}

/** The legend group, bottom left in its own column. */
export function legendGraphic(input: RiskMapInput) {
  const size = legendSize(input.large)
  const row = size + 12
  const levels = [...RISK_LEVELS].reverse()
  const text = (y: number, label: string) => ({
    type: 'text',
    x: size * 2.1,
    y,
    style: { text: label, font: `${size}px sans-serif`, fill: '#303133' },
  })
  const children: object[] = levels.flatMap((level, i) => [
    {
      type: 'rect',
      shape: { x: 0, y: i * row, width: size * 1.6, height: size },
      style: { fill: LEVEL_COLOURS[level], stroke: '#606266' },
    },
    text(i * row, `${input.labels[level]}  ${input.legendCounts[level]}`),
  ])
  if (input.differsLabel) {
    const y = levels.length * row
    children.push(
      {
        type: 'rect',
        shape: { x: 0, y, width: size * 1.6, height: size },
        style: { fill: '#ffffff', stroke: SUGGESTION_COLOUR, lineWidth: 2.5, lineDash: [4, 3] },
      },
      text(y, input.differsLabel),
    )
  }
  return { type: 'group', id: 'legend', left: 16, bottom: 16, z: 100, children }
}
