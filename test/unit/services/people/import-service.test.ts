import { read, utils } from '@e965/xlsx'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { listOpenReviews } from '@/db/repositories/duplicate-repository'
import { listEpisodes } from '@/db/repositories/episode-repository'
import { findMappingBySource } from '@/db/repositories/import-mapping-repository'
import { findPersonByDocument } from '@/db/repositories/person-repository'
import { exportProblemRows, type ProblemLabels } from '@/services/people/import-problems-export'
import { commitPeopleImport, previewPeopleImport, readRegisterSnapshot } from '@/services/people/import-service'
import { registerPerson } from '@/services/people/register-service'
import { registration } from '../../../fixtures/people'
import { IMPORT_TODAY, parseThroughHandler } from '../../../fixtures/people-import'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
const ZHANG = '511826199003071234'
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

async function tableCounts() {
  return {
    persons: await db.persons.count(),
    episodes: await db.episodes.count(),
    reviews: await db.duplicateReviews.count(),
    audit: await db.audit.count(),
    mappings: await db.importMappings.count(),
  }
}

async function importFixture(name = 'messy.xlsx') {
  const { parsed } = parseThroughHandler(name)
  const preview = await previewPeopleImport(db, parsed)
  return { preview, summary: await commitPeopleImport(db, preview, CLERK) }
}

describe('previewPeopleImport', () => {
  it('counts what the messy workbook would do to an empty register, and writes nothing', async () => {
    const { parsed } = parseThroughHandler('messy.xlsx')
    const preview = await previewPeopleImport(db, parsed)
    expect(preview.counts).toEqual({
      newPeople: 11,
      newEpisodes: 0,
      unchanged: 1, // row 11: 张伟 again, the same return
      likelyDuplicates: 1, // row 13: 王芳 with the phone and birth date of row 12
      errorRows: 3,
      warningRows: 3,
      skippedRows: 3,
    })
    const duplicate = preview.plan.rows.find((row) => row.duplicates.length > 0)
    expect(duplicate?.duplicates[0].reasons).toEqual(['namePhone', 'nameBirthDate'])
    expect(await tableCounts()).toEqual({ persons: 0, episodes: 0, reviews: 0, audit: 0, mappings: 0 })
  })

  it('plans a new episode for a person registered under the same number, and nothing for the same episode', async () => {
    await registerPerson(
      db,
      registration({ documentNumber: ZHANG, name: '张伟' }, { departureDate: '2020-11-30', arrivalDate: '2020-12-01' }),
      CLERK,
      IMPORT_TODAY,
    )
    await registerPerson(
      db,
      registration(
        { documentNumber: '511826197801011114', name: '赵强', phones: [] },
        {
          arrivalDate: '2021-01-08',
        },
      ),
      CLERK,
      IMPORT_TODAY,
    )
    const { parsed } = parseThroughHandler('messy.xlsx')
    const preview = await previewPeopleImport(db, parsed, await readRegisterSnapshot(db))
    // 张伟: a new return (row 4; row 11 is the same one again); 赵强 (lower-case x in the sheet): already there.
    expect(preview.counts).toMatchObject({ newPeople: 9, newEpisodes: 1, unchanged: 2 })
  })

  it('reuses a snapshot read beforehand, unchanged by the plans made with it, and rereads a stale one', async () => {
    const { parsed } = parseThroughHandler('messy.xlsx')
    const snapshot = await readRegisterSnapshot(db)
    const first = await previewPeopleImport(db, parsed, snapshot)
    const again = await previewPeopleImport(db, parsed, snapshot)
    expect(again.counts).toEqual(first.counts)
    expect(snapshot.index.people).toHaveLength(0)
    await registerPerson(db, registration({ documentNumber: ZHANG, name: '张伟' }), CLERK, IMPORT_TODAY)
    const stale = await previewPeopleImport(db, parsed, snapshot)
    expect(stale.counts).toMatchObject({ newPeople: 10, newEpisodes: 0, unchanged: 2 })
  })
})

describe('commitPeopleImport', () => {
  it('writes the good rows with their episodes, reviews, audit lines and the mapping, in one go', async () => {
    const { summary } = await importFixture()
    expect(summary).toEqual({ people: 11, episodes: 11, reviews: 1, auditLines: 2 })
    expect(await tableCounts()).toEqual({ persons: 11, episodes: 11, reviews: 1, audit: 2, mappings: 1 })
    const zhang = await findPersonByDocument(db, 'resident-id', ZHANG)
    expect(zhang).toMatchObject({ name: '张伟', villageId: 'vil_xh', gridId: 'grd_xh1', latestKind: 'returnee' })
    const [episode] = await listEpisodes(db, zhang!.id)
    expect(episode).toMatchObject({ source: 'import', sourceRef: 'messy.xlsx#返乡人员!4', arrivalDate: '2021-01-08' })
    const damaged = await db.persons.where('needsChecking').equals(1).toArray()
    expect(damaged.map((p) => p.name).sort()).toEqual(['刘洋', '李娜'])
    expect((await listOpenReviews(db))[0].reasons).toEqual(['namePhone', 'nameBirthDate'])
    expect(await findMappingBySource(db, '青龙村')).toMatchObject({ polarity: 'normal', defaultKind: 'returnee' })
  })

  it('changes nothing when the same file is imported again', async () => {
    await importFixture()
    const before = await tableCounts()
    const again = await importFixture()
    expect(again.preview.counts).toMatchObject({ newPeople: 0, newEpisodes: 0, unchanged: 12 })
    expect(again.summary).toEqual({ people: 0, episodes: 0, reviews: 0, auditLines: 0 })
    expect(await tableCounts()).toEqual(before)
  })

  it('imports the GBK csv, and it too only once', async () => {
    expect((await importFixture('gbk.csv')).summary).toMatchObject({ people: 3, episodes: 3 })
    expect((await importFixture('gbk.csv')).summary).toMatchObject({ people: 0, episodes: 0 })
  })

  it('adds the new episode to the registered person, filling in the phone it lacked', async () => {
    const first = await registerPerson(
      db,
      registration(
        { documentNumber: ZHANG, name: '张伟', phones: [] },
        { departureDate: '2020-11-30', arrivalDate: '2020-12-01' },
      ),
      CLERK,
      IMPORT_TODAY,
    )
    const { summary } = await importFixture()
    expect(summary).toMatchObject({ people: 10, episodes: 11 })
    const person = await db.persons.get(first.person.id)
    expect(person?.phones).toEqual(['13812345678'])
    expect(person?.latestArrival).toBe('2021-01-08')
    expect(await listEpisodes(db, first.person.id)).toHaveLength(2)
  })

  it('writes nothing when the register changed after the preview', async () => {
    const { parsed } = parseThroughHandler('messy.xlsx')
    const preview = await previewPeopleImport(db, parsed)
    await new Promise((resolve) => setTimeout(resolve, 2))
    await registerPerson(db, registration({ documentNumber: ZHANG, name: '张伟' }), CLERK, IMPORT_TODAY)
    const before = await tableCounts()
    const refused = await commitPeopleImport(db, preview, CLERK).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ValidationError)
    expect((refused as ValidationError).problems[0].code).toBe('peopleImport.stale')
    expect(await tableCounts()).toEqual(before)
  })

  it('writes nothing when cancelled halfway, after some chunks were written inside the transaction', async () => {
    const { parsed } = parseThroughHandler('messy.xlsx')
    const preview = await previewPeopleImport(db, parsed)
    const abort = new AbortController()
    const seen: number[] = []
    const onProgress = (done: number) => {
      seen.push(done)
      if (done >= 4) abort.abort()
    }
    const refused = await commitPeopleImport(db, preview, CLERK, onProgress, { signal: abort.signal, chunk: 2 }).catch(
      (e: unknown) => e,
    )
    expect((refused as ValidationError).problems[0].code).toBe('peopleImport.cancelled')
    expect(seen).toEqual([2, 4])
    expect(await tableCounts()).toEqual({ persons: 0, episodes: 0, reviews: 0, audit: 0, mappings: 0 })
  })

  it('refuses a file without a good row', async () => {
    const { parsed } = parseThroughHandler('messy.xlsx')
    const preview = await previewPeopleImport(db, { ...parsed, rows: [] })
    await expect(commitPeopleImport(db, preview, CLERK)).rejects.toBeInstanceOf(ValidationError)
  })
})

describe('exportProblemRows', () => {
  const labels: ProblemLabels = {
    headers: { sheet: '工作表', row: '行号', severity: '类型', field: '字段', reason: '原因' },
    severity: { error: '未导入', warning: '已导入，需核实' },
    field: (field) => `F:${field}`,
    reason: (problem) => `R:${problem.code}`,
  }

  it('lists every problem row with its reasons and original cells, all as text', async () => {
    const { parsed } = parseThroughHandler('messy.xlsx')
    const workbook = read(exportProblemRows({ parsed }, labels))
    expect(workbook.SheetNames).toEqual(['返乡人员', '外来人员'])
    const rows = utils.sheet_to_json<string[]>(workbook.Sheets['返乡人员'], { header: 1 })
    expect(rows[0].slice(0, 7)).toEqual(['工作表', '行号', '类型', '字段', '原因', '序号', '姓名'])
    expect(rows.map((row) => row[1])).toEqual(['行号', '5', '7', '10', '14', '15'])
    const damaged = rows.find((row) => row[1] === '7')!
    expect(damaged.slice(2, 5)).toEqual(['已导入，需核实', 'F:documentNumber', 'R:person.document.excelZeros'])
    expect(damaged[8]).toBe('511826196606063000')
    expect(workbook.Sheets['返乡人员'].I3).toMatchObject({ t: 's', v: '511826196606063000' })
    expect(rows.find((row) => row[1] === '14')?.[2]).toBe('未导入')
  })
})
