import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reportFigureWindow } from '@/domain/figures/figure-window'
import type { ReportFigures } from '@/domain/reports/daily-report'
import { figureSentences } from '@/domain/reports/bulletin'
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
    for (const l of lines) expect(l.value, l.key).toBe(shared[l.key as keyof typeof shared]?.value)
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
    // The three added figures: 累计排查 6 (e1–e6), list progress 2 of 5 verified, orders issued 1 / closed 1.
    expect(line(figures, 'screened.total')).toMatchObject({ label: '累计排查', value: 6, unit: '人', news: false })
    expect(line(figures, 'screened.returnee')?.value).toBe(2)
    expect(line(figures, 'countyList.total')).toMatchObject({ label: '推送名单共', value: 5, unit: '条' })
    expect(line(figures, 'countyList.verified')).toMatchObject({ label: '已核查', value: 2, unit: '条' })
    expect(line(figures, 'orders.opened')).toMatchObject({ label: '统计时段内新交办', value: 1, unit: '件' })
    expect(line(figures, 'orders.closed')).toMatchObject({ label: '办结', value: 1, unit: '件' })
    const sentences = figureSentences(figures)
    expect(sentences[0]).toContain('新增排查登记3人，其中外出返乡2人，')
    expect(sentences[0]).toContain('，累计排查6人，其中外出返乡2人，外来人员1人，入境人员1人，密切接触者1人，')
    expect(sentences[3]).toBe('（四）上级推送名单核查：推送名单共5条，已核查2条，待核查3条。')
    expect(sentences[5]).toMatch(/^（六）交办督办与涉疫事件：统计时段内新交办1件，办结1件，未办结交办3件，其中超期1件/)
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
