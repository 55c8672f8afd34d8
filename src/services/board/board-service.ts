import type { Meeting } from '@/domain/board/meeting'
import type { Instant } from '@/domain/common/entity'
import { figurePlan } from '@/domain/figures/compute-figures'
import { dayFigureWindow, dayOf, todaySoFar } from '@/domain/figures/figure-window'
import type { TownshipFigures, VillageFigures } from '@/domain/figures/figure-value'
import type { Incident } from '@/domain/log/incident'
import { UNFINISHED_STATES, type Order } from '@/domain/log/order'
import type { CommandPostDatabase } from '@/db/database'
import { latestMeetings } from '@/db/repositories/meeting-repository'
import { readQueries, watchQueries } from '@/db/live'
import { figureSourceReads, type LoadedSources } from '@/services/figures/figure-sources'
import { loadTownshipExtras, townshipFiguresOf, type TownshipExtras } from '@/services/figures/township-figures'
import { figuresByVillage } from '@/services/figures/village-figures'

/** What the board shows besides the map, trends and duty: today's figures, open orders and incidents, the meeting. */
export interface BoardData {
  figures: TownshipFigures
  orders: Order[]
  incidents: Incident[]
  /** The meeting being recorded, or today's last one once closed. */
  meeting: Meeting | null
}

/** The meeting the board shows: the latest, while still open or when it started today. */
export async function currentMeeting(db: CommandPostDatabase, now: Instant): Promise<Meeting | null> {
  const [latest] = await latestMeetings(db, 1)
  if (!latest) return null
  return latest.endedAt === undefined || dayOf(latest.startedAt) === dayOf(now) ? latest : null
}

/** What the board is computed from: today's figure sources, the stock's shortfall and the meeting. */
type BoardParts = LoadedSources & { extras: TownshipExtras; meeting: Meeting | null }

function boardData(parts: BoardParts, now: Instant): BoardData {
  const figures = townshipFiguresOf(figurePlan(todaySoFar(now), now), parts, parts.extras, now)
  // The figures' own reads hold the lists: the open incidents among those closed lately, and the unfinished
  // orders (by deadline) ahead of those done lately. One read of the same rows, not two.
  const orders = parts.orders.filter((o) => UNFINISHED_STATES.includes(o.state))
  const incidents = parts.incidents.filter((i) => i.state === 'open')
  return { figures, orders, incidents, meeting: parts.meeting }
}

function boardReads(db: CommandPostDatabase, now: Instant): { [K in keyof BoardParts]: () => Promise<BoardParts[K]> } {
  // Read for the whole of today (what "today so far" becomes as the clock moves): a record written after `now`
  // is read too, and the figures, computed at each answer's own instant, count it.
  const plan = figurePlan(dayFigureWindow(dayOf(now)), now)
  return {
    ...figureSourceReads(db, plan),
    // The board shows no cumulative screenings: it spares their counts.
    extras: () => loadTownshipExtras(db, plan, { screened: false }),
    meeting: () => currentMeeting(db, now),
  }
}

/** Everything the board's tiles and lists need at `now` (today so far, compared with yesterday), read once. */
export async function loadBoard(db: CommandPostDatabase, now: Instant = Date.now()): Promise<BoardData> {
  return boardData(await readQueries<BoardParts>(boardReads(db, now)), now)
}

/**
 * Keeps the board's data live from `now` on (until midnight: the board restarts its watch every minute): each
 * source is its own live query, so a new record re-reads only the sources it is part of (a fever: the day's
 * fevers, a few rows), not the 15k measures under control, and the figures are computed again in memory at
 * `clock()`.
 */
export function watchBoard(
  db: CommandPostDatabase,
  now: Instant,
  onValue: (data: BoardData) => void,
  onError: (error: unknown) => void,
  clock: () => Instant = Date.now,
): () => void {
  return watchQueries(boardReads(db, now), (parts) => onValue(boardData(parts, clock())), onError)
}

/** Today's figures of every village, for the village-by-village presentation. */
export function loadVillageBoard(
  db: CommandPostDatabase,
  villageIds: readonly string[],
  now: Instant = Date.now(),
): Promise<Map<string, VillageFigures>> {
  return figuresByVillage(db, todaySoFar(now), villageIds, now)
}
