import type { Instant, Stamped } from '../common/entity'
import type { Problem } from '../common/result'

/** Who owns an order: a staff member, a village (its 村两委) or a team 专班/小组. */
export type OrderOwnerKind = 'staff' | 'village' | 'team'

/** 特急 / 紧急 / 一般. */
export type OrderPriority = 'urgent' | 'high' | 'normal'

/** The stored state; `overdue` is never stored, it follows from the clock (see {@link orderStatus}). */
export type OrderState = 'open' | 'in-progress' | 'done'

/** What an officer sees: the stored state, or overdue when an unfinished order passed its deadline. */
export type OrderStatus = OrderState | 'overdue'

/** 反馈 feedback from the owner, 催办 a reminder, 督办 an escalation, and the state changes. */
export type OrderEventKind = 'feedback' | 'reminder' | 'escalation' | 'started' | 'done'

/** One line of an order's history, each also written to the log. */
export interface OrderEvent {
  kind: OrderEventKind
  at: Instant
  authorId: string
  authorName: string
  text: string
  /** The log entry written with it. */
  logEntryId: string
}

/** What an officer fills in for a new order. */
export interface OrderInput {
  /** What is to be done. */
  title: string
  ownerKind: OrderOwnerKind
  /** The staff member's or team's name; for a village, its name as shown. */
  ownerName: string
  ownerVillageId?: string
  deadline: Instant
  priority: OrderPriority
  /** The meeting or instruction it came from 来源 (e.g. 11月29日调度会). */
  source: string
  /** The log entry it was created from. */
  sourceEntryId?: string
  incidentId?: string
}

/** 交办 / 调度令: a dispatch order with an owner and a deadline. */
export interface Order extends Stamped {
  id: string
  title: string
  ownerKind: OrderOwnerKind
  ownerName: string
  ownerVillageId: string
  deadline: Instant
  priority: OrderPriority
  source: string
  sourceEntryId: string
  incidentId: string
  state: OrderState
  doneAt?: Instant
  events: OrderEvent[]
}

/** Open and in-progress orders: the states an index lists as "still to do". */
export const UNFINISHED_STATES: readonly OrderState[] = ['open', 'in-progress']

/** The status shown at `now`: done stays done; an unfinished order past its deadline is overdue. */
export function orderStatus(order: Pick<Order, 'state' | 'deadline'>, now: Instant): OrderStatus {
  if (order.state === 'done') return 'done'
  return now > order.deadline ? 'overdue' : order.state
}

/** Problems with a new order at `now`: no content, no owner, a deadline in the past. */
export function orderProblems(input: OrderInput, now: Instant): Problem[] {
  const problems: Problem[] = []
  if (!input.title.trim()) problems.push({ field: 'title', code: 'order.titleRequired' })
  if (!input.ownerName.trim()) problems.push({ field: 'ownerName', code: 'order.ownerRequired' })
  if (!Number.isFinite(input.deadline)) problems.push({ field: 'deadline', code: 'order.deadlineRequired' })
  else if (input.deadline <= now) problems.push({ field: 'deadline', code: 'order.deadlinePast' })
  return problems
}

/** Problems with an event: feedback, reminders and escalations need words; a done order takes no more. */
export function orderEventProblems(order: Order, kind: OrderEventKind, text: string): Problem[] {
  if (order.state === 'done' && kind !== 'feedback') return [{ field: 'state', code: 'order.alreadyDone' }]
  if (kind !== 'started' && !text.trim()) return [{ field: 'text', code: 'order.eventTextRequired' }]
  return []
}

/** The state after an event: started → in progress, done → done; the others leave it. */
export function stateAfter(order: Order, kind: OrderEventKind): OrderState {
  if (kind === 'done') return 'done'
  if (kind === 'started' || (kind === 'feedback' && order.state === 'open')) return 'in-progress'
  return order.state
}

/** Minutes left before the deadline (negative: minutes overdue). */
export function minutesLeft(order: Pick<Order, 'deadline'>, now: Instant): number {
  return Math.floor((order.deadline - now) / 60_000)
}

/** Unfinished orders grouped by owner (the leader's view), overdue first inside each owner, owners by name. */
export function ordersByOwner(orders: readonly Order[], now: Instant): { owner: string; orders: Order[] }[] {
  const groups = new Map<string, Order[]>()
  for (const order of orders) {
    if (order.state === 'done') continue
    const list = groups.get(order.ownerName) ?? []
    list.push(order)
    groups.set(order.ownerName, list)
  }
  return [...groups.entries()]
    .map(([owner, list]) => ({
      owner,
      orders: list.sort(
        (a, b) =>
          Number(orderStatus(b, now) === 'overdue') - Number(orderStatus(a, now) === 'overdue') ||
          a.deadline - b.deadline,
      ),
    }))
    .sort((a, b) => a.owner.localeCompare(b.owner, 'zh-CN'))
}
