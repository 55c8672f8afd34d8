import type { Instant } from '../common/entity'
import type { IncidentInput } from '../log/incident'
import type { Village } from '../township/village'

/** The demo's incident under way: the new positive case in the village the demo map puts under lockdown. */
export interface DemoIncident {
  input: IncidentInput
  /** How many of the first-time actions are ticked already (the first ones of the checklist). */
  actionsDone: number
}

/** Among villages (not communities), the one the demo map raised to high risk three days ago (demo-map.ts). */
const OUTBREAK_VILLAGE = 9

/**
 * The demo's open incident, reported 2½ hours before `now`, with its first four actions done, so the board and
 * the incidents screen show one under way with some actions late. Undefined when the township has too few villages.
 */
export function demoIncident(villages: readonly Village[], now: Instant, playbookId: string): DemoIncident | undefined {
  const village = villages.filter((v) => v.kind === 'village')[OUTBREAK_VILLAGE]
  if (!village) return undefined
  return {
    input: {
      title: `${village.name} 核酸初筛阳性 1 例（王某，返乡人员）`,
      villageId: village.id,
      reportedAt: now - 150 * 60_000,
      playbookId,
    },
    actionsDone: 4,
  }
}
