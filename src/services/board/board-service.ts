import type { Meeting } from '@/domain/board/meeting'
import type { Instant } from '@/domain/common/entity'
import { figurePlan } from '@/domain/figures/compute-figures'
import { dayOf, todaySoFar } from '@/domain/figures/figure-window'
import type { TownshipFigures, VillageFigures } from '@/domain/figures/figure-value'
import type { Incident } from '@/domain/log/incident'
import { UNFINISHED_STATES, type Order } from '@/domain/log/order'
import type { CommandPostDatabase } from '@/db/database'
import { latestMeetings } from '@/db/repositories/meeting-repository'
import { loadFigureSources } from '@/services/figures/figure-sources'
import { townshipFiguresFrom } from '@/services/figures/township-figures'
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

/** Everything the board's tiles and lists need at `now` (today so far, compared with yesterday). */
export async function loadBoard(db: CommandPostDatabase, now: Instant = Date.now()): Promise<BoardData> {
  const plan = figurePlan(todaySoFar(now), now)
  const sources = loadFigureSources(db, plan)
  const [figures, read, meeting] = await Promise.all([
    // The board shows no cumulative screenings: it spares their counts.
    townshipFiguresFrom(db, plan, sources, now, { screened: false }),
    sources,
    currentMeeting(db, now),
  ])
  // The figures' own reads hold the lists: every open incident, and the unfinished orders (by deadline) ahead of
  // those done lately. One live query over the same rows, not two reads of each.
  const orders = read.orders.filter((o) => UNFINISHED_STATES.includes(o.state))
  return { figures, orders, incidents: read.incidents, meeting }
}

/** Today's figures of every village, for the village-by-village presentation. */
export function loadVillageBoard(
  db: CommandPostDatabase,
  villageIds: readonly string[],
  now: Instant = Date.now(),
): Promise<Map<string, VillageFigures>> {
  return figuresByVillage(db, todaySoFar(now), villageIds, now)
}
