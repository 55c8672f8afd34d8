import { describe, expect, it } from 'vitest'
import {
  orderEventProblems,
  orderProblems,
  orderStatus,
  ordersByOwner,
  stateAfter,
  type Order,
  type OrderInput,
} from '@/domain/log/order'

const NOW = 1_700_000_000_000
const HOUR = 3600_000

function order(more: Partial<Order> = {}): Order {
  return {
    id: 'ord_1',
    title: '核查返乡人员',
    ownerKind: 'village',
    ownerName: '青龙村',
    ownerVillageId: 'vil_1',
    deadline: NOW + HOUR,
    priority: 'normal',
    source: '',
    sourceEntryId: '',
    incidentId: '',
    state: 'open',
    events: [],
    createdAt: NOW,
    createdBy: 'u',
    updatedAt: NOW,
    updatedBy: 'u',
    ...more,
  }
}

describe('order status', () => {
  it('is the stored state until the deadline passes, then overdue; done stays done', () => {
    expect(orderStatus(order(), NOW)).toBe('open')
    expect(orderStatus(order({ state: 'in-progress' }), NOW)).toBe('in-progress')
    expect(orderStatus(order(), NOW + HOUR)).toBe('open')
    expect(orderStatus(order(), NOW + HOUR + 1)).toBe('overdue')
    expect(orderStatus(order({ state: 'in-progress' }), NOW + 2 * HOUR)).toBe('overdue')
    expect(orderStatus(order({ state: 'done' }), NOW + 2 * HOUR)).toBe('done')
  })

  it('moves to in progress on feedback or start, to done on completion; reminders leave it', () => {
    expect(stateAfter(order(), 'feedback')).toBe('in-progress')
    expect(stateAfter(order(), 'started')).toBe('in-progress')
    expect(stateAfter(order(), 'reminder')).toBe('open')
    expect(stateAfter(order(), 'escalation')).toBe('open')
    expect(stateAfter(order({ state: 'in-progress' }), 'done')).toBe('done')
  })
})

describe('order input', () => {
  const input: OrderInput = {
    title: '消杀',
    ownerKind: 'staff',
    ownerName: '张镇长',
    deadline: NOW + HOUR,
    priority: 'high',
    source: '',
  }

  it('accepts a complete order and refuses no title, no owner, a past or missing deadline', () => {
    expect(orderProblems(input, NOW)).toEqual([])
    expect(orderProblems({ ...input, title: ' ', ownerName: '' }, NOW).map((p) => p.code)).toEqual([
      'order.titleRequired',
      'order.ownerRequired',
    ])
    expect(orderProblems({ ...input, deadline: NOW - 1 }, NOW).map((p) => p.code)).toEqual(['order.deadlinePast'])
    expect(orderProblems({ ...input, deadline: NaN }, NOW).map((p) => p.code)).toEqual(['order.deadlineRequired'])
  })

  it('events need words, and a done order takes only feedback', () => {
    expect(orderEventProblems(order(), 'reminder', '').map((p) => p.code)).toEqual(['order.eventTextRequired'])
    expect(orderEventProblems(order(), 'started', '')).toEqual([])
    expect(orderEventProblems(order({ state: 'done' }), 'escalation', '快').map((p) => p.code)).toEqual([
      'order.alreadyDone',
    ])
  })
})

describe('ordersByOwner (the leader view)', () => {
  it('groups unfinished orders by owner, overdue first, then by deadline', () => {
    const groups = ordersByOwner(
      [
        order({ id: 'a', ownerName: '青龙村', deadline: NOW + 2 * HOUR }),
        order({ id: 'b', ownerName: '青龙村', deadline: NOW - HOUR }),
        order({ id: 'c', ownerName: '流调专班', deadline: NOW + HOUR }),
        order({ id: 'd', ownerName: '流调专班', state: 'done' }),
      ],
      NOW,
    )
    expect(groups.map((g) => [g.owner, g.orders.map((o) => o.id)])).toEqual([
      ['流调专班', ['c']],
      ['青龙村', ['b', 'a']],
    ])
  })
})
