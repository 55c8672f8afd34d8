// The risk map's colours, chosen to stay distinct on a washed-out projector.
import type { RiskLevel } from '@/domain/map/risk-level'

/** The fill of each level: red, orange, yellow, and a quiet grey-blue for none; distinct on a washed-out projector. */
export const LEVEL_COLOURS: Record<RiskLevel, string> = {
  high: '#d7301f',
  medium: '#f28e2b',
  low: '#f2c94c',
  none: '#dde5ee',
}

/** The dashed outline and note of a village whose suggested level differs from the decided one: deep purple. */
export const SUGGESTION_COLOUR = '#5b2a86'

/** The quarantine sites' pins: dark teal, apart from every level colour. */
export const SITE_COLOUR = '#00695c'
