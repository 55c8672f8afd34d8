import { describe, expect, it } from 'vitest'
import { buildReportDocx, reportFileName } from '@/services/reports/report-docx'
import { documentText } from '../../../fixtures/docx-text'
import { sampleReport } from '../../../fixtures/reports'

describe('buildReportDocx', () => {
  it('writes the bulletin: title, 截至 opening, numbered sections, the table by village, signatures', async () => {
    const report = sampleReport({
      status: 'submitted',
      preparedBy: { userId: 'u1', name: '陈文书', at: 1 },
      reviewedBy: { userId: 'u2', name: '刘书记', at: 2 },
      approvedBy: { userId: 'u3', name: '王镇长', at: 3 },
      submittedAt: new Date(2026, 10, 29, 11, 20).getTime(),
    })
    const bytes = await buildReportDocx(report)
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]) // a zip
    const lines = (await documentText(bytes)).split('\n')
    expect(lines[0]).toBe('芦阳镇疫情防控工作日报')
    expect(lines[1]).toBe('2026年11月29日')
    expect(lines[2]).toMatch(/^截至11月29日11时，芦阳镇/)
    expect(lines).toContain('一、主要数据')
    expect(lines).toContain('（一）人员排查：新增排查3人，累计排查120人。')
    expect(lines).toContain('二、分村（社区）情况')
    // The table's cells, row by row: header, two villages, the total.
    const table = lines.slice(lines.indexOf('二、分村（社区）情况') + 1, lines.indexOf('三、工作开展情况'))
    expect(table).toEqual([
      '村（社区）',
      '新增排查',
      '居家隔离',
      '青龙村',
      '3',
      '4',
      '白虎社区',
      '0',
      '3',
      '合计',
      '3',
      '7',
    ])
    expect(lines).toContain('四、下步工作')
    expect(lines.at(-2)).toBe('填报人：陈文书　　审核人：刘书记　　签发（带班领导）：王镇长')
    expect(lines.at(-1)).toBe('报送时间：11月29日11时20分')
  })

  it('names the file without personal data, by kind, day and version', () => {
    expect(reportFileName(sampleReport())).toBe('日报_2026-11-29_v1.docx')
    expect(reportFileName(sampleReport({ kind: 'zero', version: 2 }))).toBe('零报告_2026-11-29_v2.docx')
  })
})
