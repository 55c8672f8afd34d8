import type { Instant } from '../common/entity'
import type { FigureKey, ScreenedKey, VillageFigureKey } from './figure-keys'
import type { FigureWindow } from './figure-window'

/**
 * One figure with its change: `previous` is the level at the window's start (levels) or the count of the window
 * of the same length just before (counts); null when the registers do not keep what it would take.
 */
export interface FigureValue {
  value: number
  previous: number | null
  /** `value − previous`, or null with it. */
  change: number | null
}

/** A value and its change against `previous` (null: unknown). */
export function figureValue(value: number, previous: number | null): FigureValue {
  return { value, previous, change: previous === null ? null : value - previous }
}

/** Every figure of the township over a window. */
export interface TownshipFigures {
  window: FigureWindow
  previousWindow: FigureWindow
  computedAt: Instant
  /** Every figure; the cumulative screenings only when asked for (they read the whole episode register). */
  figures: Record<Exclude<FigureKey, ScreenedKey>, FigureValue> & Partial<Record<ScreenedKey, FigureValue>>
}

/** Every figure of one village over a window. */
export interface VillageFigures {
  villageId: string
  window: FigureWindow
  previousWindow: FigureWindow
  computedAt: Instant
  figures: Record<VillageFigureKey, FigureValue>
}

/** A day-by-day series: `values[i]` is the figure of `days[i]` (a count of that day, or the level on it). */
export interface FigureTrend {
  key: FigureKey
  days: string[]
  values: number[]
}
