import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reportFigureWindow } from '@/domain/figures/figure-window'
import type { ReportFigures } from '@/domain/reports/daily-report'
import { nothingNew } from '@/domain/reports/report-rules'
import { reportPeriod } from '@/domain/reports/report-window'
import type { Village } from '@/domain/township/village'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { townshipFigures, villageFigures } from '@/services/figures/township-figures'
import { reportFigures } from '@/services/reports/report-figures'
import { A, B, NOW, seedFigures } from '../../../fixtures/figures'

const WINDOW = { startTime: '11:00', endTime: '11:00', deadline: '11:30' }
let db: CommandPostDatabase

function village(id: string, name: string, code: string): Village {
  return { id, name, code, kind: 'village', sortOrder: Number(code), grids: [] } as unknown as Village
}

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  await seedFigures(db)
  await db.villages.bulkAdd([village(A, '青龙村', '511826100201'), village(B, '白虎村', '511826100202')])
})
afterEach(async () => {
  await db.delete()
})

const line = (figures: ReportFigures, key: string) => figures.groups.flatMap((g) => g.lines).find((l) => l.key === key)

describe('the report figures of the fixed township (test/fixtures/figures.ts), report of 2022-07-10', () => {
  it('are the shared township figures over 前日11:00–当日11:00, worded and grouped for the bulletin', async () => {
    const figures = await reportFigures(db, reportPeriod('2022-07-10', WINDOW), NOW)
    const shared = (await townshipFigures(db, reportFigureWindow('2022-07-10', WINDOW), NOW)).figures
    // Every shared figure appears once, with the shared value: the report counts nothing itself.
    const lines = figures.groups.flatMap((g) => g.lines)
    expect(lines.map((l) => l.key).sort()).toEqual(Object.keys(shared).sort())
    for (const l of lines) expect(l.value, l.key).toBe(shared[l.key as keyof typeof shared].value)
    // Hand counts of the fixture (docs/figures.md): 3 registrations, 2 fevers, 3 open orders of which 1 overdue.
    expect(line(figures, 'registrations.total')).toMatchObject({
      label: '新增排查登记',
      value: 3,
      unit: '人',
      news: true,
    })
    expect(line(figures, 'fevers')?.value).toBe(2)
    expect(line(figures, 'orders.open')?.value).toBe(3)
    expect(line(figures, 'orders.overdue')?.value).toBe(1)
    expect(figures.groups.map((g) => g.key)).toEqual([
      'screening',
      'control',
      'health',
      'county',
      'supplies',
      'command',
    ])
  })

  it('fills the table by village from each village’s shared figures', async () => {
    const figures = await reportFigures(db, reportPeriod('2022-07-10', WINDOW), NOW)
    expect(figures.villageColumns.map((c) => c.label)).toEqual([
      '新增排查',
      '在管',
      '解除',
      '发热',
      '应检',
      '已采样',
      '阳性',
      '名单待核查',
    ])
    const window = reportFigureWindow('2022-07-10', WINDOW)
    for (const [i, id] of [A, B].entries()) {
      const shared = (await villageFigures(db, id, window, NOW)).figures
      const row = figures.villages[i]
      expect(row.villageId).toBe(id)
      for (const c of figures.villageColumns)
        expect(row.values[c.key], `${id} ${c.key}`).toBe(shared[c.key as keyof typeof shared].value)
    }
    expect(figures.villages.map((v) => v.villageName)).toEqual(['青龙村', '白虎村'])
  })

  it('is not a zero report while something new is in the window, nor while an incident is still being handled', async () => {
    expect(nothingNew(await reportFigures(db, reportPeriod('2022-07-10', WINDOW), NOW))).toBe(false)
    const later = new Date(2022, 6, 20, 11, 0).getTime()
    const quiet = await reportFigures(db, reportPeriod('2022-07-20', WINDOW), later)
    expect(line(quiet, 'registrations.total')?.value).toBe(0)
    expect(line(quiet, 'fevers')?.value).toBe(0)
    expect(line(quiet, 'incidents.active')?.value).toBe(1)
    expect(nothingNew(quiet)).toBe(false)
    await db.incidents.update('inc1', { state: 'closed' })
    expect(nothingNew(await reportFigures(db, reportPeriod('2022-07-20', WINDOW), later))).toBe(true)
  })
})
