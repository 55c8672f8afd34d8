import type { MeasureType } from '../control/rule-pack'
import type { EpisodeKind } from '../person/person'

/** The control measure types counted as "people under control", in the order the board shows them. */
export const CONTROL_TYPES: readonly MeasureType[] = [
  'centralized',
  'home-quarantine',
  'home-monitoring',
  'self-monitoring',
  'hospital',
]

/** The registration categories 人员类别, in the order the board and the report show them. */
export const REGISTRATION_KINDS: readonly EpisodeKind[] = [
  'returnee',
  'incoming',
  'inbound',
  'close-contact',
  'secondary-contact',
  'county-list',
]

/** 在管人数 by type (`underControl.total` is everyone under an unreleased measure). */
export type UnderControlKey = `underControl.${MeasureType | 'total'}`

/** 新增登记 by category. */
export type RegistrationKey = `registrations.${EpisodeKind | 'total'}`

/** 累计排查 by category: every registration since the township's records begin, up to the window's end. */
export type ScreenedKey = `screened.${EpisodeKind | 'total'}`

/**
 * Every township figure, one definition each (docs/figures.md), shared by the dispatch board and the daily
 * report. Levels (`underControl.*`, `screened.*`, `tests.overdue`, `countyList.*`, `supplies.belowReserve`,
 * `orders.open`, `orders.overdue`, `incidents.active`) are read at the window's end; the others count what happened in the window.
 */
export type FigureKey =
  | UnderControlKey
  | RegistrationKey
  | ScreenedKey
  | 'releases'
  | 'fevers'
  | 'tests.due'
  | 'tests.done'
  | 'tests.positive'
  | 'tests.overdue'
  | 'countyList.total'
  | 'countyList.verified'
  | 'countyList.unverified'
  | 'supplies.belowReserve'
  | 'orders.opened'
  | 'orders.closed'
  | 'orders.open'
  | 'orders.overdue'
  | 'incidents.active'

/**
 * Figures of the whole township only: stock is kept at township level, not per village; the cumulative
 * screenings would need every person's village (a read of the whole people register) to split.
 */
export type TownshipOnlyKey = 'supplies.belowReserve' | ScreenedKey

/** The figures a village has. */
export type VillageFigureKey = Exclude<FigureKey, TownshipOnlyKey>

/** Whether a figure is a level at an instant or a count over the window. */
export type FigureKind = 'level' | 'count'

const LEVELS = new Set<FigureKey>([
  'tests.overdue',
  'countyList.total',
  'countyList.verified',
  'countyList.unverified',
  'supplies.belowReserve',
  'orders.open',
  'orders.overdue',
  'incidents.active',
])

/** 累计排查 in total and by category, in the order the report lists them. */
export const SCREENED_KEYS: readonly ScreenedKey[] = [
  'screened.total',
  ...REGISTRATION_KINDS.map((k): ScreenedKey => `screened.${k}`),
]

const TOWNSHIP_ONLY = new Set<FigureKey>(['supplies.belowReserve', ...SCREENED_KEYS])

/** Every figure key, in the order the board and the report list them. */
export const FIGURE_KEYS: readonly FigureKey[] = [
  'underControl.total',
  ...CONTROL_TYPES.map((t): FigureKey => `underControl.${t}`),
  'registrations.total',
  ...REGISTRATION_KINDS.map((k): FigureKey => `registrations.${k}`),
  ...SCREENED_KEYS,
  'releases',
  'fevers',
  'tests.due',
  'tests.done',
  'tests.positive',
  'tests.overdue',
  'countyList.total',
  'countyList.verified',
  'countyList.unverified',
  'supplies.belowReserve',
  'orders.opened',
  'orders.closed',
  'orders.open',
  'orders.overdue',
  'incidents.active',
]

/** The figures of a village, in order. */
export const VILLAGE_FIGURE_KEYS = FIGURE_KEYS.filter((k): k is VillageFigureKey => !TOWNSHIP_ONLY.has(k))

/** A level at an instant, or a count over a window. */
export function figureKind(key: FigureKey): FigureKind {
  return key.startsWith('underControl.') || key.startsWith('screened.') || LEVELS.has(key) ? 'level' : 'count'
}

/** Figures with a day-by-day history the registers keep (the board's 7/14/30-day trends). */
export const TREND_KEYS = [
  'underControl.total',
  'registrations.total',
  'releases',
  'fevers',
  'tests.due',
  'tests.done',
  'tests.positive',
] as const satisfies readonly FigureKey[]

/** A figure a trend can be drawn for. */
export type TrendKey = (typeof TREND_KEYS)[number]

/** The trend lengths the board offers. */
export const TREND_DAYS = [7, 14, 30] as const
