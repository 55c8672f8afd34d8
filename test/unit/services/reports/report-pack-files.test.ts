import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { localDateOf } from '@/domain/reports/report-window'
import { DEFAULT_REPORT_WINDOW } from '@/domain/township/township'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { approveReport, reviewReport, signReport, submitReport } from '@/services/reports/report-flow-service'
import { reportPackFiles } from '@/services/reports/report-pack-files'
import { openReport } from '@/services/reports/report-service'
import { completeSetup } from '@/services/setup/setup-service'
import { sampleFigures } from '../../../fixtures/reports'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
const REVIEWER: Actor = { id: 'usr_rev', name: '刘书记' }
const LEADER: Actor = { id: 'usr_lead', name: '王镇长' }
const today = localDateOf(Date.now())
const source = async () => sampleFigures(0)
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  await completeSetup(
    db,
    {
      name: '芦阳镇',
      code: '511826100000',
      countyName: '芦山县',
      reportWindow: DEFAULT_REPORT_WINDOW,
      idleLockMinutes: 15,
    },
    { name: '管理员', password: 'admin-pass' },
  )
})
afterEach(async () => {
  await db.delete()
})

const packOf = (from: string, to: string) => reportPackFiles(db, { from, to })

describe('the reports/ folder of a data pack', () => {
  it('holds only submitted reports dated inside the window, as Word files named without personal data', async () => {
    const draft = await openReport(db, CLERK, 'clerk', today, source)
    expect(await packOf(today, today)).toEqual([])

    await signReport(db, CLERK, 'clerk', draft.id)
    await reviewReport(db, REVIEWER, 'leader', draft.id)
    await approveReport(db, LEADER, 'leader', draft.id)
    const report = await submitReport(db, CLERK, 'clerk', draft.id)

    const files = await packOf(today, today)
    expect(files.map((f) => f.name)).toEqual([`${report.kind === 'zero' ? '零报告' : '日报'}_${today}_v1.docx`])
    // A .docx is a zip: it starts with the local-file signature "PK\3\4".
    expect([...files[0].bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 3, 4])
    expect(await packOf('2000-01-01', '2000-01-31')).toEqual([])
  })
})
