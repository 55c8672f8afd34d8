import { describe, expect, it } from 'vitest'
import { buildBulletin, villageTable } from '@/domain/reports/bulletin'
import { sampleFigures, sampleReport } from '../../../fixtures/reports'

describe('bulletin layout', () => {
  it('numbers the sections that have content, the table by village included', () => {
    const b = buildBulletin(sampleReport())
    expect(b.title).toBe('芦阳镇疫情防控工作日报')
    expect(b.subtitle).toBe('2026年11月29日')
    expect(b.sections.map((s) => s.heading)).toEqual([
      '一、主要数据',
      '二、分村（社区）情况',
      '三、工作开展情况',
      '四、下步工作',
    ])
    expect(b.sections[0].paragraphs).toEqual([
      '（一）人员排查：新增排查3人，累计排查120人。',
      '（二）管控情况：居家隔离7人。',
    ])
    expect(b.sections[2].paragraphs).toEqual(['1. 召开调度会', '2. 走访青龙村'])
  })

  it('adds a 合计 row to the table by village', () => {
    expect(villageTable(sampleFigures())).toEqual({
      headers: ['村（社区）', '新增排查', '居家隔离'],
      rows: [
        ['青龙村', '3', '4'],
        ['白虎社区', '0', '3'],
        ['合计', '3', '7'],
      ],
    })
  })

  it('titles a zero report and an amendment, and shows the signatures', () => {
    const b = buildBulletin(
      sampleReport({
        kind: 'zero',
        version: 2,
        amends: 'rpt_0',
        amendReason: '青龙村数字有误',
        preparedBy: { userId: 'u', name: '陈文书', at: 1 },
        submittedAt: new Date(2026, 10, 29, 11, 20).getTime(),
      }),
    )
    expect(b.title).toBe('芦阳镇疫情防控零报告')
    expect(b.subtitle).toBe('2026年11月29日 · 第 2 版（更正）')
    expect(b.amendNote).toBe('更正说明：青龙村数字有误')
    expect(b.signatures).toContain('填报人：陈文书')
    expect(b.footer).toBe('报送时间：11月29日11时20分')
  })
})
