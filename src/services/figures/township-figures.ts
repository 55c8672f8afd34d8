import type { Instant } from '@/domain/common/entity'
import {
  computeFigures,
  figurePlan,
  screenedFigures,
  type FigurePlan,
  type FigureSources,
} from '@/domain/figures/compute-figures'
import { figureValue, type TownshipFigures, type VillageFigures } from '@/domain/figures/figure-value'
import type { FigureWindow } from '@/domain/figures/figure-window'
import type { EpisodeKind } from '@/domain/person/person'
import type { CommandPostDatabase } from '@/db/database'
import { registrationsBefore } from '@/db/repositories/figure-repository'
import { belowReserveCounts } from '@/services/supplies/overview-service'
import { loadFigureSources, type LoadedSources } from './figure-sources'

/** What to compute besides the figures every caller gets. */
export interface TownshipFigureOptions {
  /**
   * 累计排查 (`screened.*`): true by default. Twelve index counts on the episodes' `[kind+createdAt]` (v19), no
   * row read; the board, which shows none of them, says false and spares even those.
   */
  screened?: boolean
}

/** Counts read besides the sources: the stock's shortfall and, when asked for, 累计排查 at both instants. */
export interface TownshipExtras {
  belowReserve: number
  /** At the start of the window's first day (null when the window holds no midnight). */
  belowReserveBefore: number | null
  screened?: { now: Record<EpisodeKind | 'total', number>; before: Record<EpisodeKind | 'total', number> }
}

/** The township's figures of a plan from its sources and extras, already read (no read here). */
export function townshipFiguresOf(
  plan: FigurePlan,
  sources: FigureSources,
  { belowReserve, belowReserveBefore, screened }: TownshipExtras,
  now: Instant,
): TownshipFigures {
  return {
    window: plan.window,
    previousWindow: plan.previous,
    computedAt: now,
    figures: {
      ...computeFigures(plan, sources),
      ...(screened ? screenedFigures(screened.now, screened.before) : {}),
      // Stock is booked by day: today's shortfall, against the one at the start of the window's first day.
      'supplies.belowReserve': figureValue(belowReserve, belowReserveBefore),
    },
  }
}

/** Reads a plan's {@link TownshipExtras}: the stock overview's shortfall, and 累计排查 unless told not to. */
export async function loadTownshipExtras(
  db: CommandPostDatabase,
  plan: FigurePlan,
  { screened = true }: TownshipFigureOptions = {},
): Promise<TownshipExtras> {
  const { first, last } = plan.days
  const [stock, registeredNow, registeredBefore] = await Promise.all([
    belowReserveCounts(db, plan.levelOn, last < first ? null : first, 14),
    screened ? registrationsBefore(db, plan.levelAt) : null,
    screened ? registrationsBefore(db, plan.from) : null,
  ])
  return {
    belowReserve: stock.now,
    belowReserveBefore: stock.atStart,
    ...(registeredNow && registeredBefore ? { screened: { now: registeredNow, before: registeredBefore } } : {}),
  }
}

/**
 * The township's figures of a plan from sources read (or being read) by the caller — `loadFigureSources` or
 * `loadSourcesByVillage`'s: what {@link townshipFigures} computes, for a caller that reads the township's rows
 * once for several uses. The stock and 累计排查 are read meanwhile.
 */
export async function townshipFiguresFrom(
  db: CommandPostDatabase,
  plan: FigurePlan,
  sources: LoadedSources | Promise<LoadedSources>,
  now: Instant,
  options: TownshipFigureOptions = {},
): Promise<TownshipFigures> {
  const [read, extras] = await Promise.all([sources, loadTownshipExtras(db, plan, options)])
  return townshipFiguresOf(plan, read, extras, now)
}

/**
 * Every township figure over a window (docs/figures.md): levels at the window's end (or `now`, when the window
 * ends later) with their change since its start, counts of the window with their change against the window of
 * the same length before. The dispatch board and the daily report both read this: one definition per figure.
 */
export async function townshipFigures(
  db: CommandPostDatabase,
  window: FigureWindow,
  now: Instant = Date.now(),
  options: TownshipFigureOptions = {},
): Promise<TownshipFigures> {
  const plan = figurePlan(window, now)
  return townshipFiguresFrom(db, plan, loadFigureSources(db, plan), now, options)
}

/** The figures of one village over a window: the township's definitions on the village's rows (no supplies). */
export async function villageFigures(
  db: CommandPostDatabase,
  villageId: string,
  window: FigureWindow,
  now: Instant = Date.now(),
): Promise<VillageFigures> {
  const plan = figurePlan(window, now)
  const sources = await loadFigureSources(db, plan, villageId)
  return { villageId, window, previousWindow: plan.previous, computedAt: now, figures: computeFigures(plan, sources) }
}
