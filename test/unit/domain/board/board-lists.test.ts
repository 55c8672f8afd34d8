import { describe, expect, it } from 'vitest'
import { boardOrders, figureLink, incidentProgress, levelHistory, stepVillage } from '@/domain/board/board-lists'
import { meetingTitle, readAttendees } from '@/domain/board/meeting'
import type { Incident } from '@/domain/log/incident'
import type { Order } from '@/domain/log/order'
import type { RiskDecision } from '@/domain/map/risk-level'

const NOW = new Date(2022, 10, 29, 10).getTime()
const HOUR = 3_600_000

describe('the board’s lists', () => {
  it('put overdue orders first, then by deadline; a village shows only its own; done ones never', () => {
    const order = (id: string, deadline: number, ownerVillageId = '', state: Order['state'] = 'open') =>
      ({ id, deadline, ownerVillageId, state, ownerName: id }) as Order
    const orders = [
      order('later', NOW + 2 * HOUR),
      order('late', NOW - HOUR, 'vil_a'),
      order('soon', NOW + HOUR, 'vil_a'),
      order('done', NOW - 2 * HOUR, '', 'done'),
    ]
    expect(boardOrders(orders, NOW).map((o) => o.id)).toEqual(['late', 'soon', 'later'])
    expect(boardOrders(orders, NOW, 'vil_a').map((o) => o.id)).toEqual(['late', 'soon'])
  })

  it('count the first-time actions done and overdue of each open incident, the most overdue first', () => {
    const action = (targetMinutes: number, doneAt?: number) => ({
      key: `a${targetMinutes}`,
      title: '',
      targetMinutes,
      owner: '',
      doneAt,
    })
    const incident = (id: string, actions: Incident['actions'], state: Incident['state'] = 'open') =>
      ({ id, reportedAt: NOW - 2 * HOUR, actions, state }) as Incident
    const rows = incidentProgress(
      [
        incident('calm', [action(60, NOW - HOUR), action(240)]),
        incident('late', [action(30), action(60), action(240, NOW)]),
        incident('closed', [action(30)], 'closed'),
      ],
      NOW,
    )
    expect(rows.map((r) => [r.incident.id, r.done, r.overdue, r.total])).toEqual([
      ['late', 1, 2, 3],
      ['calm', 1, 0, 2],
    ])
  })

  it('step through the villages with wrapping, from the township to the first or the last', () => {
    const ids = ['a', 'b', 'c']
    expect(stepVillage(ids, null, 1)).toBe('a')
    expect(stepVillage(ids, null, -1)).toBe('c')
    expect(stepVillage(ids, 'c', 1)).toBe('a')
    expect(stepVillage(ids, 'a', -1)).toBe('c')
    expect(stepVillage([], null, 1)).toBeNull()
  })

  it('list a village’s level decisions newest first', () => {
    const d = (id: string, effectiveFrom: string, decidedAt: number) =>
      ({ id, effectiveFrom, decidedAt }) as RiskDecision
    expect(
      levelHistory([d('old', '2022-11-01', 1), d('new', '2022-11-20', 2), d('same-later', '2022-11-20', 3)]).map(
        (x) => x.id,
      ),
    ).toEqual(['same-later', 'new', 'old'])
  })

  it('lead each figure to the list behind it, with the village as filter where the list has one', () => {
    expect(figureLink('underControl.centralized', 'vil_a')).toEqual({
      path: '/control/measures',
      measures: { status: 'active', villageId: 'vil_a' },
    })
    expect(figureLink('releases')).toMatchObject({ measures: { status: 'released' } })
    expect(figureLink('registrations.close-contact', 'vil_a')).toMatchObject({
      path: '/people',
      people: { kind: 'close-contact', villageId: 'vil_a' },
    })
    expect(figureLink('registrations.total').people?.kind).toBeUndefined()
    expect(figureLink('supplies.belowReserve')).toEqual({
      path: '/supplies',
      query: { tab: 'overview', flag: 'below' },
    })
    expect(figureLink('fevers').path).toBe('/control/today')
    expect(figureLink('orders.overdue').path).toBe('/orders')
    expect(figureLink('incidents.active').path).toBe('/incidents')
  })
})

describe('meetings', () => {
  it('read attendees typed with any separator, each once, and title a meeting by its day', () => {
    expect(readAttendees('刘书记、王镇长，张值班;李医生  刘书记')).toEqual(['刘书记', '王镇长', '张值班', '李医生'])
    expect(readAttendees('  ')).toEqual([])
    expect(meetingTitle(NOW)).toBe('11月29日调度会')
  })
})
