import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { DEFAULT_REPORT_WINDOW } from '@/domain/township/township'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { reportVersions } from '@/db/repositories/report-repository'
import { appendLogEntry } from '@/services/log/log-service'
import {
  amendReport,
  approveReport,
  reviewReport,
  signReport,
  submitReport,
  unsignReport,
} from '@/services/reports/report-flow-service'
import type { ReportFigureSource } from '@/services/reports/report-figures-source'
import { openReport, saveNarrative, switchKind } from '@/services/reports/report-service'
import { completeSetup } from '@/services/setup/setup-service'
import { localDateOf } from '@/domain/reports/report-window'
import { sampleFigures } from '../../../fixtures/reports'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
const REVIEWER: Actor = { id: 'usr_rev', name: '刘书记' }
const LEADER: Actor = { id: 'usr_lead', name: '王镇长' }
const today = localDateOf(Date.now())
let db: CommandPostDatabase
let newScreenings = 3
const source: ReportFigureSource = async () => sampleFigures(newScreenings)

beforeEach(async () => {
  newScreenings = 3
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  // A window that holds "now": from 00:00 today to 23:59, so the log entries written below fall in it.
  await completeSetup(
    db,
    {
      name: '芦阳镇',
      code: '511826100000',
      countyName: '芦山县',
      reportWindow: { ...DEFAULT_REPORT_WINDOW, startTime: '23:59', endTime: '23:59' },
      idleLockMinutes: 15,
    },
    { name: '管理员', password: 'admin-pass' },
  )
})
afterEach(async () => {
  await db.delete()
})

async function codesOf(work: Promise<unknown>): Promise<string[]> {
  try {
    await work
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError)
    return (e as ValidationError).problems.map((p) => p.code)
  }
  throw new Error('expected a ValidationError')
}

async function submitted() {
  const draft = await openReport(db, CLERK, 'clerk', today, source)
  await signReport(db, CLERK, 'clerk', draft.id)
  await reviewReport(db, REVIEWER, 'leader', draft.id)
  await approveReport(db, LEADER, 'leader', draft.id)
  return submitReport(db, CLERK, 'clerk', draft.id)
}

describe('opening a report', () => {
  it('pre-fills figures and the work done from the window log, and opens the same draft twice', async () => {
    await appendLogEntry(db, CLERK, { kind: 'decision', content: '组织全员核酸', handling: '已通知各村' })
    await appendLogEntry(db, CLERK, { kind: 'inspection', content: '青龙村卡点无人值守' })
    const draft = await openReport(db, CLERK, 'clerk', today, source)
    expect(draft).toMatchObject({ version: 1, kind: 'daily', status: 'draft', townshipName: '芦阳镇' })
    expect(draft.summary).toMatch(/^截至.*现将有关情况报告如下：$/)
    expect(draft.workDone).toMatch(/^1\. .*决定：组织全员核酸（已通知各村）$/)
    expect(draft.problems).toMatch(/督查：青龙村卡点无人值守/)
    expect((await openReport(db, CLERK, 'clerk', today, source)).id).toBe(draft.id)
    expect(await db.audit.where('[entity+entityId]').equals(['report', draft.id]).count()).toBe(1)
  })

  it('proposes the zero report when nothing new happened, and refuses one when something did', async () => {
    newScreenings = 0
    const zero = await openReport(db, CLERK, 'clerk', today, source)
    expect(zero.kind).toBe('zero')
    expect(zero.summary).toMatch(/特此零报告。$/)
    const daily = await switchKind(db, CLERK, 'clerk', zero.id, 'daily')
    expect(daily.summary).toMatch(/现将有关情况报告如下：$/)
    await db.reports.update(zero.id, { figures: sampleFigures(2) })
    expect(await codesOf(switchKind(db, CLERK, 'clerk', zero.id, 'zero'))).toEqual(['report.notZero'])
  })

  it('refuses a role that may not write the report', async () => {
    expect(await codesOf(openReport(db, CLERK, 'duty', today, source))).toEqual(['report.forbiddenWrite'])
  })
})

describe('sign, confirm, submit, amend', () => {
  it('walks the flow, auditing every step, and freezes the submitted report', async () => {
    const report = await submitted()
    expect(report.status).toBe('submitted')
    expect(report.preparedBy?.name).toBe('陈文书')
    expect(report.reviewedBy?.name).toBe('刘书记')
    expect(report.approvedBy?.name).toBe('王镇长')
    const actions = (await db.audit.where('[entity+entityId]').equals(['report', report.id]).toArray()).map(
      (a) => a.action,
    )
    expect(actions.sort()).toEqual(['approve', 'create', 'review', 'sign', 'submit'])
    const text = { summary: '改', workDone: '', problems: '', nextSteps: '' }
    expect(await codesOf(saveNarrative(db, CLERK, 'clerk', report.id, text))).toEqual(['report.frozen'])
    expect(await codesOf(unsignReport(db, CLERK, 'clerk', report.id))).toEqual(['report.frozen'])
  })

  it('locks the text once signed; withdrawing the signature clears the confirmations', async () => {
    const draft = await openReport(db, CLERK, 'clerk', today, source)
    await signReport(db, CLERK, 'clerk', draft.id)
    await reviewReport(db, REVIEWER, 'leader', draft.id)
    const text = { summary: '新的总体情况', workDone: '', problems: '', nextSteps: '' }
    expect(await codesOf(saveNarrative(db, CLERK, 'clerk', draft.id, text))).toEqual(['report.signedLocked'])
    const open = await unsignReport(db, CLERK, 'clerk', draft.id)
    expect(open.preparedBy).toBeUndefined()
    expect(open.reviewedBy).toBeUndefined()
    expect((await saveNarrative(db, CLERK, 'clerk', draft.id, text)).summary).toBe('新的总体情况')
  })

  it('refuses a reviewer who signed it, a duty officer confirming, and a submission without the leader', async () => {
    const draft = await openReport(db, CLERK, 'admin', today, source)
    await signReport(db, CLERK, 'admin', draft.id)
    expect(await codesOf(reviewReport(db, CLERK, 'admin', draft.id))).toEqual(['report.selfReview'])
    expect(await codesOf(approveReport(db, LEADER, 'duty', draft.id))).toEqual(['report.forbiddenApprove'])
    await reviewReport(db, REVIEWER, 'leader', draft.id)
    expect(await codesOf(submitReport(db, CLERK, 'clerk', draft.id))).toEqual(['report.notApproved'])
  })

  it('an amendment is a new draft version; the original stays submitted and unchanged', async () => {
    const original = await submitted()
    expect(await codesOf(amendReport(db, CLERK, 'clerk', original.id, ''))).toEqual(['report.amendReason'])
    const amendment = await amendReport(db, CLERK, 'clerk', original.id, '青龙村新增排查应为 4 人')
    expect(amendment).toMatchObject({
      version: 2,
      amends: original.id,
      status: 'draft',
      amendReason: '青龙村新增排查应为 4 人',
    })
    expect(amendment.preparedBy).toBeUndefined()
    expect(amendment.summary).toBe(original.summary)
    expect(await db.reports.get(original.id)).toEqual(original)
    expect(await codesOf(amendReport(db, CLERK, 'clerk', original.id, '再改'))).toEqual(['report.notNewest'])
    expect((await openReport(db, CLERK, 'clerk', today, source)).id).toBe(amendment.id)
    expect((await reportVersions(db, today)).map((r) => r.version)).toEqual([1, 2])
  })
})
