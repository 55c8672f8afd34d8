import { auditScenarios } from './audit'
import { boardScenarios } from './board'
import { logScenarios } from './log'
import { mapScenarios } from './map'
import { dutyScenarios } from './duty'
import { controlRoundScenarios, controlScenarios } from './control'
import { peopleScenarios } from './people'
import { packsScenarios } from './packs'
import { peopleImportScenarios } from './people-import'
import { reportsScenarios } from './reports'
import type { ScenarioSet } from './scenario'
import { suppliesScenarios } from './supplies'
import { villagesScenarios } from './villages'

/**
 * Every scenario set, in seeding order (a set may read what an earlier one wrote: audit lines point at villages).
 * A new area: add bench/scenarios/<area>.ts exporting a ScenarioSet and list it here.
 */
export const SCENARIO_SETS: readonly ScenarioSet[] = [
  villagesScenarios,
  auditScenarios,
  peopleScenarios,
  peopleImportScenarios,
  logScenarios,
  suppliesScenarios,
  mapScenarios,
  dutyScenarios,
  packsScenarios,
  controlScenarios,
  reportsScenarios,
  controlRoundScenarios,
  boardScenarios,
]
