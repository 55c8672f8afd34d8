import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { mobileNumber, personName } from '@/domain/demo/names'
import { createRandom } from '@/domain/demo/random'
import { entryHash, GENESIS_HASH, type ChainedFields } from '@/domain/log/log-chain'
import { LOG_KINDS, linkKeysOf, type LogEntry } from '@/domain/log/log-entry'
import type { Order, OrderPriority } from '@/domain/log/order'

/** The size the issue names: 50k entries and 5k orders. */
export const ENTRIES = 50_000
export const ORDERS = 5_000
/** Two months of a busy wartime post: ~830 entries a day. */
const HISTORY_DAYS = 60
const DAY = 86_400_000
const PHRASES = [
  '报告返乡人员 {n} 人，均持核酸阴性证明',
  '询问居家隔离人员体温上报情况',
  '通知明日全员核酸检测时间安排',
  '报告药店登记购买退热药 {n} 人',
  '协查人员已找到，已落实管控',
  '申请调拨防护服 {n} 套、口罩 {n}0 个',
  '督查卡点值守情况，发现 {n} 处问题',
]

/** A hash-chained log of {@link ENTRIES} entries spread over the last 60 days, oldest first, and its head. */
export function benchLog(
  actor: Actor,
  villageIds: string[],
  now: number,
): { entries: LogEntry[]; head: { seq: number; hash: string } } {
  const random = createRandom('bench/log')
  const officers: Actor[] = [
    actor,
    ...Array.from({ length: 5 }, () => ({ id: newId('usr'), name: personName(random) })),
  ]
  const step = (HISTORY_DAYS * DAY) / ENTRIES
  const start = now - HISTORY_DAYS * DAY
  const entries: LogEntry[] = []
  let prevHash = GENESIS_HASH
  for (let i = 0; i < ENTRIES; i++) {
    const at = Math.floor(start + i * step)
    const who = random.pick(officers)
    const fields: ChainedFields = {
      id: newId('log', at),
      seq: i + 1,
      kind: random.pick(LOG_KINDS),
      occurredAt: at,
      enteredAt: at,
      authorId: who.id,
      authorName: who.name,
      counterpart: personName(random),
      phone: mobileNumber(random),
      villageId: random.pick(villageIds),
      content: random.pick(PHRASES).replaceAll('{n}', String(random.int(1, 9))),
      handling: random.chance(0.6) ? '已登记，已转相关村落实' : '',
      corrects: '',
      links: [],
      prevHash,
    }
    const entry: LogEntry = { ...fields, linkKeys: linkKeysOf([]), hash: entryHash(fields) }
    entries.push(entry)
    prevHash = entry.hash
  }
  return { entries, head: { seq: ENTRIES, hash: prevHash } }
}

/** {@link ORDERS} orders over the same two months: most done, some open, a few overdue. */
export function benchOrders(actor: Actor, owners: string[], now: number): Order[] {
  const random = createRandom('bench/orders')
  const priorities: OrderPriority[] = ['urgent', 'high', 'normal']
  return Array.from({ length: ORDERS }, (_, i) => {
    const created = now - Math.floor(((ORDERS - i) / ORDERS) * HISTORY_DAYS * DAY)
    const deadline = created + random.int(1, 48) * 3600_000
    const done = deadline < now - DAY || random.chance(0.5)
    return {
      id: newId('ord', created),
      title: `落实第 ${i + 1} 项交办事项`,
      ownerKind: 'staff',
      ownerName: random.pick(owners),
      ownerVillageId: '',
      deadline,
      priority: random.pick(priorities),
      source: '调度会',
      sourceEntryId: '',
      incidentId: '',
      state: done ? 'done' : 'open',
      ...(done ? { doneAt: Math.min(deadline, now) } : {}),
      events: [],
      createdAt: created,
      createdBy: actor.id,
      updatedAt: created,
      updatedBy: actor.id,
    }
  })
}
