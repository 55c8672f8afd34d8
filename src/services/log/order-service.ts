import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import type { LogEntry } from '@/domain/log/log-entry'
import { orderEventProblems, orderProblems, type Order, type OrderEventKind, type OrderInput } from '@/domain/log/order'
import type { CommandPostDatabase } from '@/db/database'
import { addOrderEvent, createOrder, getOrder, unfinishedOrders } from '@/db/repositories/log/order-repository'

const PRIORITY_WORD = { urgent: '特急', high: '紧急', normal: '一般' } as const
const EVENT_WORD = {
  feedback: '反馈',
  reminder: '催办',
  escalation: '督办',
  started: '开始办理',
  done: '办结',
} as const

function deadlineText(deadline: number): string {
  const d = new Date(deadline)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getMonth() + 1}月${d.getDate()}日${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/**
 * Creates a dispatch order 交办 (from a log entry when `sourceEntry` is given) and its log entry, after checking
 * it: what, an owner, a deadline in the future.
 * @throws ValidationError with the problems found.
 */
export async function issueOrder(
  db: CommandPostDatabase,
  actor: Actor,
  input: OrderInput,
  sourceEntry?: LogEntry,
): Promise<Order> {
  const problems = orderProblems(input, Date.now())
  if (problems.length) throw new ValidationError(problems)
  const content =
    `交办（${PRIORITY_WORD[input.priority]}）：${input.title.trim()}；责任：${input.ownerName.trim()}；` +
    `时限：${deadlineText(input.deadline)}` +
    (input.source.trim() ? `；来源：${input.source.trim()}` : '')
  return createOrder(
    db,
    actor,
    { ...input, sourceEntryId: sourceEntry?.id ?? input.sourceEntryId },
    { content, counterpart: input.ownerName, villageId: input.ownerVillageId },
  )
}

/**
 * Records feedback 反馈, a reminder 催办, an escalation 督办, a start or completion 办结, each with its log entry.
 * @throws ValidationError when the order is done already or the text is empty.
 */
export async function recordOrderEvent(
  db: CommandPostDatabase,
  actor: Actor,
  orderId: string,
  kind: OrderEventKind,
  text: string,
): Promise<Order> {
  const order = await getOrder(db, orderId)
  if (!order) throw new ValidationError([{ field: 'id', code: 'notFound' }])
  const problems = orderEventProblems(order, kind, text)
  if (problems.length) throw new ValidationError(problems)
  const content = `${EVENT_WORD[kind]}「${order.title}」（${order.ownerName}）${text.trim() ? `：${text.trim()}` : ''}`
  return addOrderEvent(db, actor, orderId, kind, text, content)
}

/**
 * Every unfinished order (open or in progress, overdue ones included), earliest deadline first. Whether one is
 * overdue follows from the clock: `orderStatus(order, now)`. The duty handover and the home screen read this.
 */
export function openOrders(db: CommandPostDatabase): Promise<Order[]> {
  return unfinishedOrders(db)
}
