import { describe, expect, it } from 'vitest'
import type { FigureKey } from '@/domain/figures/figure-keys'
import type { FigureValue } from '@/domain/figures/figure-value'
import { reportFigureWindow, todaySoFar } from '@/domain/figures/figure-window'
import type { CommandPostDatabase } from '@/db/database'
import { townshipFigures, villageFigures } from '@/services/figures/township-figures'
import { figuresByVillage } from '@/services/figures/village-figures'
import { A, B, NOW, seedFiguresEachTest } from '../../../fixtures/figures'

let db: CommandPostDatabase
seedFiguresEachTest((opened) => (db = opened))

/** value / previous of each figure, to compare with the hand count in test/fixtures/figures.ts. */
function pairs(figures: Partial<Record<FigureKey, FigureValue>>) {
  return Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, [f.value, f.previous]]))
}

describe('township figures, today so far (2022-07-10 00:00 → 15:00)', () => {
  it('count every register by the definitions of docs/figures.md, with the change since yesterday', async () => {
    const result = await townshipFigures(db, todaySoFar(NOW), NOW)
    expect(result.previousWindow).toEqual({ from: '2022-07-08T16:00:00.000Z', to: '2022-07-09T07:00:00.000Z' })
    expect(pairs(result.figures)).toEqual({
      // Levels today vs yesterday: m4 released today, m5 released yesterday, m2 moved home-quarantine → monitoring.
      'underControl.total': [4, 4],
      'underControl.centralized': [1, 1],
      'underControl.home-quarantine': [0, 2],
      'underControl.home-monitoring': [1, 0],
      'underControl.self-monitoring': [1, 0],
      'underControl.hospital': [1, 1],
      // Counts: today's episodes (09:00, 10:00) vs the window before (yesterday 09:00 → 00:00 today: 12:00 one).
      'registrations.total': [2, 1],
      'registrations.returnee': [1, 1],
      'registrations.incoming': [0, 0],
      'registrations.inbound': [0, 0],
      'registrations.close-contact': [1, 0],
      'registrations.secondary-contact': [0, 0],
      'registrations.county-list': [0, 0],
      // Cumulative at 15:00 vs at midnight: all six episodes vs e3–e6 (e1, e2 came today).
      'screened.total': [6, 4],
      'screened.returnee': [2, 1],
      'screened.incoming': [1, 1],
      'screened.inbound': [1, 1],
      'screened.close-contact': [1, 0],
      'screened.secondary-contact': [0, 0],
      'screened.county-list': [1, 1],
      releases: [1, 1],
      fevers: [2, 1],
      'tests.due': [2, 1],
      'tests.done': [2, 1],
      'tests.positive': [1, 1],
      'tests.overdue': [1, 2],
      // cls_1 (cls_2 is retired): r1–r4 and r6, of which r2 and r6 are verified.
      'countyList.total': [6, 5],
      'countyList.verified': [2, 1],
      'countyList.unverified': [4, 4],
      'supplies.belowReserve': [1, 2], // itm_2 was under its reserve at midnight, before today's receipt
      // Issued today o2 vs yesterday 00:00–15:00 o1, o5; closed today o3 (11:30) vs o5 (yesterday 14:00).
      'orders.opened': [1, 2],
      'orders.closed': [1, 1],
      'orders.open': [2, 2],
      'orders.overdue': [1, 1],
      'incidents.active': [1, 2],
    })
    expect(result.figures['fevers'].change).toBe(1)
    expect(result.figures['tests.overdue'].change).toBe(-1) // t5's result came in this morning
  })

  it('a long-released measure is never read, and a day of no records counts zero', async () => {
    const later = new Date(2022, 6, 20, 9).getTime()
    const quiet = await townshipFigures(db, todaySoFar(later), later)
    // m1, m2, m3 and m6 are not released: past their planned end they still count; m4, m5 and m7 do not.
    expect(quiet.figures['underControl.total'].value).toBe(4)
    expect(quiet.figures['underControl.home-quarantine'].value).toBe(0)
    expect(quiet.figures['registrations.total'].value).toBe(0)
    expect(quiet.figures.fevers.value).toBe(0)
  })
})

describe('the daily report window (前日11:00 → 当日11:00)', () => {
  it('counts instants in the window and dated records of the report day, levels at 11:00', async () => {
    const window = reportFigureWindow('2022-07-10', { startTime: '11:00', endTime: '11:00' })
    const { figures } = await townshipFigures(db, window, NOW)
    expect(figures['registrations.total'].value).toBe(3)
    expect(figures['registrations.incoming'].previous).toBe(1) // 07-08 12:00 is in the window before
    expect([figures.fevers.value, figures.fevers.previous]).toEqual([2, 1])
    // At 11:00 o3 (done 11:30) was still open and overdue; o1's deadline (12:00) not yet passed.
    expect([figures['orders.open'].value, figures['orders.overdue'].value]).toEqual([3, 1])
    // Issued in the window: o2 (07-10 09:00; o1 at 07-09 10:00 is before 11:00); the window before: o1, o5.
    expect(pairs({ 'orders.opened': figures['orders.opened'] })).toEqual({ 'orders.opened': [1, 2] })
    // Closed in the window: o5 (07-09 14:00; o3 at 07-10 11:30 is after it); none the window before.
    expect(pairs({ 'orders.closed': figures['orders.closed'] })).toEqual({ 'orders.closed': [1, 0] })
    // Cumulative at 11:00 (all six) vs at 07-09 11:00 (e4, e5, e6).
    expect(pairs({ 'screened.total': figures['screened.total'] })).toEqual({ 'screened.total': [6, 3] })
    expect(figures['screened.returnee']?.value).toBe(2)
  })

  it('leave the cumulative screenings out when the caller does not want their whole-register read (the board)', async () => {
    const { figures } = await townshipFigures(db, todaySoFar(NOW), NOW, { screened: false })
    expect(Object.keys(figures).some((k) => k.startsWith('screened.'))).toBe(false)
    expect(figures['registrations.total'].value).toBe(2)
  })

  it('counts cumulative screenings up to the window’s end only, never what came after', async () => {
    const window = reportFigureWindow('2022-07-09', { startTime: '11:00', endTime: '11:00' })
    const { figures } = await townshipFigures(db, window, NOW)
    // At 07-09 11:00: e4, e5, e6 (e3 at 12:00 and today's are later); at 07-08 11:00: e5, e6.
    expect(
      pairs({ 'screened.total': figures['screened.total'], 'screened.incoming': figures['screened.incoming'] }),
    ).toEqual({
      'screened.total': [3, 2],
      'screened.incoming': [1, 0],
    })
  })
})

describe('village figures', () => {
  it('count only the village’s rows (registrations through the person’s village)', async () => {
    const a = (await villageFigures(db, A, todaySoFar(NOW), NOW)).figures
    expect(pairs(a)).toMatchObject({
      'underControl.total': [2, 2],
      'registrations.total': [1, 1],
      releases: [0, 1],
      fevers: [1, 1],
      'tests.due': [2, 0],
      'tests.done': [2, 0],
      'tests.positive': [1, 0],
      'tests.overdue': [0, 1],
      'countyList.total': [2, 2],
      'countyList.verified': [1, 0],
      'countyList.unverified': [1, 2],
      'orders.opened': [0, 2],
      'orders.closed': [1, 1],
      'orders.open': [1, 2],
      'orders.overdue': [1, 1],
      'incidents.active': [1, 1],
    })
    expect('supplies.belowReserve' in a).toBe(false)
    expect('screened.total' in a).toBe(false)
    const b = (await villageFigures(db, B, todaySoFar(NOW), NOW)).figures
    expect(pairs(b)).toMatchObject({
      'underControl.total': [2, 2],
      'registrations.close-contact': [1, 0],
      releases: [1, 0],
      'tests.due': [0, 1],
      'tests.overdue': [1, 1],
      'countyList.total': [3, 2],
      'countyList.verified': [1, 1],
      'countyList.unverified': [2, 1],
      'orders.opened': [1, 0],
      'orders.closed': [0, 0],
      'orders.open': [1, 0],
      'incidents.active': [0, 1],
    })
  })
})

describe('figures of every village at once', () => {
  it('equal each village’s own figures', async () => {
    const all = await figuresByVillage(db, todaySoFar(NOW), [A, B, 'vil_none'], NOW)
    for (const id of [A, B])
      expect(all.get(id)?.figures).toEqual((await villageFigures(db, id, todaySoFar(NOW), NOW)).figures)
    expect(all.get('vil_none')?.figures['underControl.total'].value).toBe(0)
  })
})
