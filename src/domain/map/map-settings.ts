import type { RiskLabelSet } from './risk-level'

/** The map's settings, one row (`id: 'map'`): which wording the risk levels use. */
export interface MapSettings {
  id: 'map'
  labelSet: RiskLabelSet
}

/** The settings before anyone chose: the national scheme's 高/中/低风险. */
export const DEFAULT_MAP_SETTINGS: MapSettings = { id: 'map', labelSet: 'risk' }
