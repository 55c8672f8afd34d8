import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import type { LogEntryInput, LogLink } from '@/domain/log/log-entry'
import { stateAfter, UNFINISHED_STATES, type Order, type OrderEventKind, type OrderInput } from '@/domain/log/order'
import type { CommandPostDatabase } from '../../database'
import { note, writeWithAudit } from '../../write'
import { appendInWrite, logTables } from './log-entry-repository'

/**
 * Creates an order and its 交办 log entry in one transaction (the entry links to the order, the order names the
 * entry it came from). `logInput` is the entry's wording; input is validated upstream.
 */
export function createOrder(
  db: CommandPostDatabase,
  actor: Actor,
  input: OrderInput,
  logInput: Omit<LogEntryInput, 'kind' | 'links'>,
): Promise<Order> {
  return writeWithAudit(db, actor, [db.orders, ...logTables(db)], async (ctx) => {
    const id = newId('ord', ctx.now)
    const links: LogLink[] = [{ type: 'order', id }]
    if (input.incidentId) links.push({ type: 'incident' as const, id: input.incidentId })
    const entry = await appendInWrite(ctx, { ...logInput, kind: 'order', links })
    const order: Order = {
      id,
      title: input.title.trim(),
      ownerKind: input.ownerKind,
      ownerName: input.ownerName.trim(),
      ownerVillageId: input.ownerVillageId ?? '',
      deadline: input.deadline,
      priority: input.priority,
      source: input.source.trim(),
      sourceEntryId: input.sourceEntryId ?? entry.id,
      incidentId: input.incidentId ?? '',
      state: 'open',
      events: [],
      ...ctx.stampNew(),
    }
    await db.orders.add(order)
    await ctx.audit(note('create', 'order', id, `${order.ownerName}：${order.title.slice(0, 40)}`))
    return order
  })
}

/** Which log kind an order event is written as: feedback is a report, reminders and escalations inspections. */
const EVENT_LOG_KIND = {
  feedback: 'report',
  reminder: 'inspection',
  escalation: 'inspection',
  started: 'order',
  done: 'report',
} as const

/**
 * Records feedback, a reminder 催办, an escalation 督办, a start or completion on an order, with its log entry,
 * in one transaction. Checked upstream (orderEventProblems).
 */
export function addOrderEvent(
  db: CommandPostDatabase,
  actor: Actor,
  orderId: string,
  kind: OrderEventKind,
  text: string,
  logContent: string,
  /** The time of the event's log entry (the demo's history); defaults to now. */
  occurredAt?: number,
): Promise<Order> {
  return writeWithAudit(db, actor, [db.orders, ...logTables(db)], async (ctx) => {
    const before = await db.orders.get(orderId)
    if (!before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const links: LogLink[] = [{ type: 'order', id: orderId }]
    if (before.incidentId) links.push({ type: 'incident' as const, id: before.incidentId })
    const entry = await appendInWrite(ctx, {
      kind: EVENT_LOG_KIND[kind],
      ...(occurredAt ? { occurredAt, enteredAt: occurredAt } : {}),
      content: logContent,
      counterpart: before.ownerName,
      villageId: before.ownerVillageId,
      links,
    })
    const state = stateAfter(before, kind)
    const after: Order = {
      ...before,
      state,
      ...(state === 'done' && before.state !== 'done' ? { doneAt: ctx.now } : {}),
      events: [
        ...before.events,
        {
          kind,
          at: occurredAt ?? ctx.now,
          authorId: actor.id,
          authorName: actor.name,
          text: text.trim(),
          logEntryId: entry.id,
        },
      ],
      updatedAt: ctx.now,
      updatedBy: actor.id,
    }
    await db.orders.put(after)
    await ctx.audit(
      note(
        'update',
        'order',
        orderId,
        `${kind}：${before.title.slice(0, 30)}`,
        before.state !== state ? { state: { before: before.state, after: state } } : undefined,
      ),
    )
    return after
  })
}

/** One order by id. */
export function getOrder(db: CommandPostDatabase, id: string): Promise<Order | undefined> {
  return db.orders.get(id)
}

/** Unfinished (open and in-progress) orders, by deadline. */
export async function unfinishedOrders(db: CommandPostDatabase): Promise<Order[]> {
  // One request per state, not `anyOf`: Dexie walks a cursor for several keys, one step per order.
  const byState = await Promise.all(UNFINISHED_STATES.map((state) => db.orders.where('state').equals(state).toArray()))
  return byState.flat().sort((a, b) => a.deadline - b.deadline)
}

/** Orders done since `from`, newest first (the orders screen's "done" tab). */
export async function ordersDoneSince(db: CommandPostDatabase, from: number): Promise<Order[]> {
  // The `doneAt` index (v19) holds only orders once done; one reopened since keeps its doneAt, hence the state.
  // Read in one request and filtered here: a Dexie `filter` walks a cursor, one step per order.
  const orders = (await db.orders.where('doneAt').aboveOrEqual(from).toArray()).filter((o) => o.state === 'done')
  return orders.sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0))
}

/** Orders of an incident. */
export function ordersOfIncident(db: CommandPostDatabase, incidentId: string): Promise<Order[]> {
  return db.orders.filter((o) => o.incidentId === incidentId).toArray()
}
