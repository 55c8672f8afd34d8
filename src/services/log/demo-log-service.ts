import type { Actor } from '@/domain/accounts/user'
import { DEMO_LOG, DEMO_ORDERS } from '@/domain/demo/demo-log'
import type { Village } from '@/domain/township/village'
import type { CommandPostDatabase } from '@/db/database'
import { appendEntry } from '@/db/repositories/log/log-entry-repository'
import { addOrderEvent, createOrder } from '@/db/repositories/log/order-repository'

const MINUTE = 60_000

/**
 * Adds the demo's wartime log (a shift's calls and decisions in the last ten hours), its dispatch orders (one
 * overdue) and their feedback, written by the demo duty officer when that account exists. Times are relative to
 * now, so today's screens have work in them. Runs inside the setup's transaction.
 */
export async function addDemoLog(
  db: CommandPostDatabase,
  villages: readonly Village[],
  fallback: Actor,
): Promise<void> {
  const duty = await db.users.where('name').equals('张值班').first()
  const actor: Actor = duty ? { id: duty.id, name: duty.name } : fallback
  const now = Date.now()
  const villageOf = (i: number) => (i >= 0 && villages.length ? villages[i % villages.length] : undefined)
  const timeline = [
    ...DEMO_LOG.map((entry) => ({ at: now - entry.minutesAgo * MINUTE, entry, order: undefined })),
    ...DEMO_ORDERS.map((order) => ({ at: now - order.minutesAgo * MINUTE, entry: undefined, order })),
  ].sort((a, b) => a.at - b.at)
  for (const { at, entry, order } of timeline) {
    if (entry) {
      const { minutesAgo: _, village, counterpart, content, ...fields } = entry
      const name = villageOf(village)?.name ?? ''
      await appendEntry(db, actor, {
        ...fields,
        counterpart: counterpart.replace('{村}', name),
        content: content.replace('{村}', name),
        occurredAt: at,
        // Typed in a couple of minutes after the call, as an officer does.
        enteredAt: Math.min(at + 2 * MINUTE, now),
        villageId: villageOf(village)?.id,
      })
    } else if (order) {
      const village = villageOf(order.village)
      const owner = order.ownerKind === 'village' ? (village?.name ?? '') : order.owner
      const created = await createOrder(
        db,
        actor,
        {
          title: order.title,
          ownerKind: order.ownerKind,
          ownerName: owner,
          ownerVillageId: village?.id,
          deadline: now + order.deadlineIn * MINUTE,
          priority: order.priority,
          source: order.source,
        },
        {
          content: `交办：${order.title}；责任：${owner}`,
          occurredAt: at,
          enteredAt: at,
          counterpart: owner,
          villageId: village?.id,
        },
      )
      // Each event half an hour after the order (or now, for a recent one).
      const eventAt = Math.min(at + 30 * MINUTE, now)
      for (const event of order.events)
        await addOrderEvent(db, actor, created.id, event.kind, event.text, `${order.title}：${event.text}`, eventAt)
    }
  }
}
