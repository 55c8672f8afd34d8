import { LOG_KIND_NAMES } from '@/domain/log/log-entry'
import { orderStatus } from '@/domain/log/order'
import type { HandoverSource } from './handover-source'
import { entriesBetween } from '../log/log-service'
import { openOrders } from '../log/order-service'

const pad = (n: number) => String(n).padStart(2, '0')
const clock = (at: number) => {
  const d = new Date(at)
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`
}
const dayClock = (at: number) => {
  const d = new Date(at)
  return `${d.getMonth() + 1}月${d.getDate()}日 ${clock(at)}`
}

/**
 * What the wartime log adds to a handover: every log entry of the shift (time, kind, counterpart, content and
 * handling; corrections marked), and every order still to do with its owner and deadline, overdue ones first.
 */
export const logHandoverSource: HandoverSource = {
  name: 'wartime-log',
  async sections(db, shift) {
    const [entries, orders] = await Promise.all([entriesBetween(db, shift.start, shift.end), openOrders(db)])
    const now = Date.now()
    const entryLines = entries.map((e) => {
      const who = e.counterpart ? `${e.counterpart}：` : ''
      const handled = e.handling ? `（${e.handling}）` : ''
      const correction = e.corrects ? '〔更正〕' : ''
      return `${clock(e.occurredAt)} ${LOG_KIND_NAMES[e.kind]}${correction} ${who}${e.content}${handled}`
    })
    const orderLines = [...orders]
      .sort((a, b) => a.deadline - b.deadline)
      .map((o) => {
        const overdue = orderStatus(o, now) === 'overdue' ? '【已超期】' : ''
        return `${overdue}${o.title}（责任：${o.ownerName}，时限 ${dayClock(o.deadline)}）`
      })
    return [
      { title: `值班日志（本班 ${entries.length} 条）`, lines: entryLines },
      { title: '未办结交办事项', lines: orderLines },
    ]
  },
}
