import type { Instant } from '../common/entity'
import type { FigureKey } from '../figures/figure-keys'
import { actionStatus, type Incident } from '../log/incident'
import { orderStatus, type Order } from '../log/order'
import type { RiskDecision } from '../map/risk-level'

/** How far an incident's first-time actions 十个第一时间 are: done (in time or late), overdue, still to come. */
export interface IncidentProgress {
  incident: Incident
  done: number
  overdue: number
  total: number
}

/** The progress of each open incident at `now`, the most overdue first. */
export function incidentProgress(incidents: readonly Incident[], now: Instant): IncidentProgress[] {
  return incidents
    .filter((i) => i.state === 'open')
    .map((incident) => {
      const statuses = incident.actions.map((a) => actionStatus(incident, a, now))
      return {
        incident,
        done: statuses.filter((s) => s === 'done' || s === 'done-late').length,
        overdue: statuses.filter((s) => s === 'overdue').length,
        total: statuses.length,
      }
    })
    .sort((a, b) => b.overdue - a.overdue || a.incident.reportedAt - b.incident.reportedAt)
}

/** Unfinished orders, overdue first, then by deadline; a village's only (owner village) when `villageId` is given. */
export function boardOrders(orders: readonly Order[], now: Instant, villageId?: string): Order[] {
  const overdue = (o: Order) => Number(orderStatus(o, now) === 'overdue')
  return orders
    .filter((o) => o.state !== 'done' && (villageId === undefined || o.ownerVillageId === villageId))
    .sort((a, b) => overdue(b) - overdue(a) || a.deadline - b.deadline)
}

/** A village's level history, newest decision first (the first day, then when it was recorded). */
export function levelHistory(decisions: readonly RiskDecision[]): RiskDecision[] {
  return [...decisions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.decidedAt - a.decidedAt)
}

/** The village after (step 1) or before (step −1) the current one, wrapping; from the township, the first or last. */
export function stepVillage(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null
  const at = current === null ? -1 : ids.indexOf(current)
  if (at === -1) return step === 1 ? ids[0] : ids[ids.length - 1]
  return ids[(at + step + ids.length) % ids.length]
}

/** The board's key figures, in the order of its tiles (the people-under-control breakdown shows in its tile). */
export const BOARD_TILES: readonly FigureKey[] = [
  'underControl.total',
  'registrations.total',
  'releases',
  'fevers',
  'tests.due',
  'tests.done',
  'tests.positive',
  'tests.overdue',
  'countyList.unverified',
  'supplies.belowReserve',
  'orders.open',
  'incidents.active',
]

/** Where a board figure leads: a list screen, with the filter it understands. */
export interface FigureLink {
  path: string
  query?: Record<string, string>
  /** The measures list's filter (it keeps its filter in its store). */
  measures?: { status: 'active' | 'released'; villageId?: string }
  /** The people list's filter. */
  people?: { kind?: string; villageId?: string }
}

/** The list behind a figure, of the township or of a village. */
export function figureLink(key: FigureKey, villageId?: string): FigureLink {
  if (key.startsWith('underControl.')) return { path: '/control/measures', measures: { status: 'active', villageId } }
  if (key === 'releases') return { path: '/control/measures', measures: { status: 'released', villageId } }
  if (key.startsWith('registrations.')) {
    const kind = key.slice('registrations.'.length)
    return { path: '/people', people: { kind: kind === 'total' ? undefined : kind, villageId } }
  }
  if (key === 'fevers' || key.startsWith('tests.')) return { path: '/control/today' }
  if (key === 'countyList.unverified') return { path: '/county-lists' }
  if (key === 'supplies.belowReserve') return { path: '/supplies', query: { tab: 'overview', flag: 'below' } }
  if (key.startsWith('orders.')) return { path: '/orders' }
  return { path: '/incidents' }
}
