import { describe, expect, it } from 'vitest'
import {
  amendProblems,
  approveProblems,
  editProblems,
  narrativeProblems,
  newsLines,
  nothingNew,
  reviewProblems,
  signProblems,
  submitProblems,
  zeroReportWording,
} from '@/domain/reports/report-rules'
import { reportPeriod } from '@/domain/reports/report-window'
import { sampleFigures, sampleReport } from '../../../fixtures/reports'

const clerk = { userId: 'usr_clerk', name: '陈文书', at: 5 }
const reviewer = { userId: 'usr_rev', name: '刘书记', at: 6 }
const leader = { userId: 'usr_lead', name: '王镇长', at: 7 }
const codes = (problems: { code: string }[]) => problems.map((p) => p.code)

describe('zero report detection', () => {
  it('is a zero report only when every news figure is zero; standing figures do not count', () => {
    expect(nothingNew(sampleFigures(0))).toBe(true)
    expect(nothingNew(sampleFigures(2))).toBe(false)
    expect(newsLines(sampleFigures(2))).toEqual(['新增排查 2'])
  })

  it('words the zero report as the county expects, with the window and the township', () => {
    const text = zeroReportWording(
      '芦阳镇',
      reportPeriod('2026-11-29', { startTime: '11:00', endTime: '11:00', deadline: '11:30' }),
    )
    expect(text).toMatch(/^截至11月29日11时（统计时段：11月28日11时至11月29日11时），芦阳镇无新增确诊病例/)
    expect(text).toMatch(/特此零报告。$/)
  })

  it('refuses to sign a zero report when a figure shows something new, naming it', () => {
    const problems = signProblems(sampleReport({ kind: 'zero' }))
    expect(problems).toEqual([{ field: 'kind', code: 'report.notZero', params: { figures: '新增排查 3' } }])
    expect(signProblems(sampleReport({ kind: 'zero', figures: sampleFigures(0) }))).toEqual([])
  })
})

describe('signatures and freezing', () => {
  it('locks the content once the clerk signs, and freezes it on submission', () => {
    expect(editProblems(sampleReport())).toEqual([])
    expect(codes(editProblems(sampleReport({ preparedBy: clerk })))).toEqual(['report.signedLocked'])
    expect(codes(editProblems(sampleReport({ status: 'submitted' })))).toEqual(['report.frozen'])
  })

  it('needs a summary to sign', () => {
    expect(codes(signProblems(sampleReport({ summary: '  ' })))).toEqual(['report.summaryRequired'])
  })

  it('needs the clerk before the reviewer, the reviewer before the leader, and three different people', () => {
    expect(codes(reviewProblems(sampleReport(), { id: 'usr_rev', name: '刘书记' }))).toEqual(['report.notSigned'])
    expect(codes(reviewProblems(sampleReport({ preparedBy: clerk }), { id: 'usr_clerk', name: '陈文书' }))).toEqual([
      'report.selfReview',
    ])
    expect(reviewProblems(sampleReport({ preparedBy: clerk }), { id: 'usr_rev', name: '刘书记' })).toEqual([])
    expect(codes(approveProblems(sampleReport({ preparedBy: clerk }), { id: 'usr_lead', name: '王镇长' }))).toEqual([
      'report.notReviewed',
    ])
    const reviewed = sampleReport({ preparedBy: clerk, reviewedBy: reviewer })
    expect(codes(approveProblems(reviewed, { id: 'usr_rev', name: '刘书记' }))).toEqual(['report.selfApprove'])
    expect(approveProblems(reviewed, { id: 'usr_lead', name: '王镇长' })).toEqual([])
  })

  it('submits only with all three signatures, and only once', () => {
    expect(codes(submitProblems(sampleReport({ preparedBy: clerk })))).toEqual([
      'report.notReviewed',
      'report.notApproved',
    ])
    const ready = sampleReport({ preparedBy: clerk, reviewedBy: reviewer, approvedBy: leader })
    expect(submitProblems(ready)).toEqual([])
    expect(codes(submitProblems({ ...ready, status: 'submitted' }))).toEqual(['report.frozen'])
  })

  it('amends only the newest submitted version, with a reason', () => {
    const submitted = sampleReport({ status: 'submitted' })
    expect(codes(amendProblems(sampleReport(), 1, '数字有误'))).toEqual(['report.notSubmitted'])
    expect(codes(amendProblems(submitted, 1, ' '))).toEqual(['report.amendReason'])
    expect(codes(amendProblems(submitted, 2, '数字有误'))).toEqual(['report.notNewest'])
    expect(amendProblems(submitted, 1, '数字有误')).toEqual([])
  })

  it('refuses an over-long narrative part', () => {
    const long = sampleReport({ workDone: '字'.repeat(4001) })
    expect(narrativeProblems(long)).toEqual([
      { field: 'workDone', code: 'report.tooLong', params: { max: 4000, length: 4001 } },
    ])
  })
})
