import type { Instant, LocalDate } from '../common/entity'
import type { SchematicTile } from '../map/map-layer'
import { addDays } from '../map/replay'
import type { RiskDecision, RiskLevel } from '../map/risk-level'
import type { Village } from '../township/village'

/** The demo's map: a schematic with the communities in the middle, and a month of risk decisions. */
export interface DemoMap {
  tiles: SchematicTile[]
  decisions: RiskDecision[]
}

// Cells of a 6×4 schematic: the four communities (the town seat) in the middle, villages around them.
const COMMUNITY_CELLS: [number, number][] = [
  [2, 1],
  [3, 1],
  [2, 2],
  [3, 2],
]
const VILLAGE_CELLS: [number, number][] = [
  [1, 0], [2, 0], [3, 0], [4, 0], [0, 1], [1, 1], [4, 1], [5, 1],
  [0, 2], [1, 2], [4, 2], [5, 2], [1, 3], [2, 3], [3, 3], [4, 3],
] // prettier-ignore

/** `[village index among villages (not communities), level, first day (days before today), last day or null, reason, source]` */
type Step = [number, RiskLevel, number, number | null, string, string]
const VILLAGE_STEPS: Step[] = [
  [2, 'high', 24, 18, '确诊病例居住地', '示范县指发〔2022〕31号'],
  [2, 'medium', 17, null, '封控期满，转为管控', '示范县指发〔2022〕35号'],
  [1, 'medium', 24, 11, '与确诊病例同村民小组', '10月调度会'],
  [5, 'low', 20, null, '有外省返乡人员居家隔离', '示范镇指挥部会议'],
  [9, 'high', 3, null, '新增阳性病例，居住地封控', '示范县指发〔2022〕47号'],
  [10, 'medium', 3, null, '与阳性病例居住地相邻', '示范县指发〔2022〕47号'],
]
/** A community under medium control since a week ago. */
const COMMUNITY_STEPS: Step[] = [[1, 'medium', 7, null, '密接人员居家隔离集中', '示范镇调度会']]

function decision(village: Village, step: Step, today: LocalDate, at: Instant, actorId: string): RiskDecision {
  const [, level, from, to, reason, source] = step
  return {
    id: `rsk_DEMO${village.code}${String(from).padStart(2, '0')}`,
    villageId: village.id,
    level,
    effectiveFrom: addDays(today, -from),
    effectiveTo: to === null ? '' : addDays(today, -to),
    reason,
    source,
    decidedBy: '刘书记',
    decidedAt: at - from * 86_400_000,
    createdAt: at - from * 86_400_000,
    createdBy: actorId,
    updatedAt: at - from * 86_400_000,
    updatedBy: actorId,
  }
}

/**
 * The demo township's map data for these villages: tiles placed around the town seat, and risk decisions over
 * the last 24 days relative to `today` (a lockdown that ended and fell to medium, a current outbreak in two
 * neighbouring villages), so the map and its replay have something to show on any day the demo is loaded.
 */
export function generateDemoMap(
  villages: readonly Village[],
  today: LocalDate,
  now: Instant,
  actorId: string,
): DemoMap {
  const communities = villages.filter((v) => v.kind === 'community')
  const rural = villages.filter((v) => v.kind === 'village')
  const tiles: SchematicTile[] = [
    ...communities
      .slice(0, COMMUNITY_CELLS.length)
      .map((v, i) => ({ villageId: v.id, col: COMMUNITY_CELLS[i][0], row: COMMUNITY_CELLS[i][1] })),
    ...rural
      .slice(0, VILLAGE_CELLS.length)
      .map((v, i) => ({ villageId: v.id, col: VILLAGE_CELLS[i][0], row: VILLAGE_CELLS[i][1] })),
  ]
  const decisions = [
    ...VILLAGE_STEPS.filter(([i]) => rural[i]).map((s) => decision(rural[s[0]], s, today, now, actorId)),
    ...COMMUNITY_STEPS.filter(([i]) => communities[i]).map((s) => decision(communities[s[0]], s, today, now, actorId)),
  ]
  return { tiles, decisions }
}
