import type { EpisodeKind, RiskLevel } from '@/domain/person/person'

/** Episode kinds in the order the screens list them. */
export const EPISODE_KINDS: readonly EpisodeKind[] = [
  'returnee',
  'incoming',
  'inbound',
  'close-contact',
  'secondary-contact',
  'county-list',
]

/** Risk levels, highest first. */
export const RISK_LEVELS: readonly RiskLevel[] = ['high', 'medium', 'low', 'none', 'unknown']

/** Element Plus tag colour of a risk level. */
export function riskTag(level: RiskLevel | undefined): 'danger' | 'warning' | 'success' | 'info' {
  if (level === 'high') return 'danger'
  if (level === 'medium') return 'warning'
  if (level === 'low' || level === 'none') return 'success'
  return 'info'
}
