import type { LocalDate } from '../common/entity'
import type { EpisodeKind } from '../person/person'

/**
 * 管控措施类型: 集中隔离 centralized quarantine at a site, 居家隔离 home quarantine, 居家健康监测 home health
 * monitoring, 自我健康监测 self monitoring, and 医院 (transferred to hospital: not a rule segment, only a transfer).
 */
export type MeasureType = 'centralized' | 'home-quarantine' | 'home-monitoring' | 'self-monitoring' | 'hospital'

/** The types a rule pack may put in a segment (hospital is where a transfer sends someone, never a plan). */
export const SEGMENT_TYPES: readonly MeasureType[] = [
  'centralized',
  'home-quarantine',
  'home-monitoring',
  'self-monitoring',
]

/**
 * 计日口径: `day-0` — the exposure (or arrival) day is day 0 and day 1 is the next day, so 14 days end on
 * exposure + 14; `day-1` — the exposure day is itself day 1, so 14 days end on exposure + 13.
 */
export type DayCounting = 'day-0' | 'day-1'

/** What must hold before release 解除. */
export type ReleaseCondition = 'days-complete' | 'last-test-negative' | 'all-tests-negative'

/** One control segment of a category: its type, its length, and the test days counted within the segment. */
export interface SegmentRule {
  type: MeasureType
  /** Length in days (1–60). */
  days: number
  /** 核酸检测日: day numbers within this segment, 1 = its first day. */
  testDays: number[]
}

/** What a pack prescribes for one person category. */
export interface CategoryRule {
  /** In order: e.g. 7 days centralized, then 3 days home health monitoring. */
  segments: SegmentRule[]
  release: ReleaseCondition
  /** The pack's own words, shown beside the computed dates. */
  note: string
}

/**
 * 规则包: a named, dated set of measures per person category. Shipped national packs are examples; a township
 * adds local variants as override packs (see {@link applyOverride}). A measure records the pack id and version
 * that computed it, so a later pack never rewrites it silently.
 */
export interface RulePack {
  /** Stable across versions, e.g. `covid-9`. */
  id: string
  /** 1, 2, … : bumped on every edit. */
  version: number
  name: string
  disease: string
  /** 发文: the issuing document and its number. */
  document: string
  effectiveFrom: LocalDate
  /** '' while still in force. */
  effectiveTo: LocalDate
  dayCounting: DayCounting
  /** Categories the pack does not name get no measure from it (e.g. 次密接 after Nov 2022). */
  categories: Partial<Record<EpisodeKind, CategoryRule>>
  /** For a local override: the pack it changes (id). */
  basedOn?: string
}

/**
 * 本地加严 / 调整: what a province, county or township changes in a base pack: some categories replaced, maybe
 * another day-counting convention. Applying it gives a pack of its own id, so measures say which one they used.
 */
export interface PackOverride {
  id: string
  version: number
  name: string
  document: string
  effectiveFrom: LocalDate
  effectiveTo: LocalDate
  dayCounting?: DayCounting
  categories: Partial<Record<EpisodeKind, CategoryRule>>
}

/** The pack a local override makes of its base: the base's categories, those the override names replaced. */
export function applyOverride(base: RulePack, override: PackOverride): RulePack {
  return {
    ...base,
    id: override.id,
    version: override.version,
    name: override.name,
    document: override.document,
    effectiveFrom: override.effectiveFrom,
    effectiveTo: override.effectiveTo,
    dayCounting: override.dayCounting ?? base.dayCounting,
    categories: { ...base.categories, ...override.categories },
    basedOn: base.id,
  }
}

/** The pack in force on a date: the latest effective one, or undefined when none covers the date. */
export function packInForce(packs: readonly RulePack[], date: LocalDate): RulePack | undefined {
  return [...packs]
    .filter((p) => p.effectiveFrom <= date && (p.effectiveTo === '' || date <= p.effectiveTo))
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0]
}
