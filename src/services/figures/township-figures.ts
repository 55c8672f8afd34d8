import type { Instant } from '@/domain/common/entity'
import { computeFigures, computeScreened, figurePlan } from '@/domain/figures/compute-figures'
import { figureValue, type TownshipFigures, type VillageFigures } from '@/domain/figures/figure-value'
import type { FigureWindow } from '@/domain/figures/figure-window'
import type { CommandPostDatabase } from '@/db/database'
import { episodesCreatedBefore } from '@/db/repositories/figure-repository'
import { loadOverview } from '@/services/supplies/overview-service'
import { loadFigureSources } from './figure-sources'

/** What to compute besides the figures every caller gets. */
export interface TownshipFigureOptions {
  /**
   * 累计排查 (`screened.*`): true by default. They read every episode registered before the window's end — the one
   * whole-register read of the figures — so a caller that does not show them (the board's live refresh) says false.
   */
  screened?: boolean
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
  { screened = true }: TownshipFigureOptions = {},
): Promise<TownshipFigures> {
  const plan = figurePlan(window, now)
  const [sources, stock, registered] = await Promise.all([
    loadFigureSources(db, plan),
    loadOverview(db, 14, plan.levelOn),
    screened ? episodesCreatedBefore(db, plan.levelAt) : null,
  ])
  return {
    window,
    previousWindow: plan.previous,
    computedAt: now,
    figures: {
      ...computeFigures(plan, sources),
      ...(registered ? computeScreened(plan, registered) : {}),
      // The stock kept is not dated by level: only today's shortfall is known.
      'supplies.belowReserve': figureValue(stock.belowReserveCount, null),
    },
  }
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
