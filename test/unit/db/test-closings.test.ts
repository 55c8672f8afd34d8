import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testIndexFields, type NucleicTest } from '@/domain/control/nucleic-test'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { TESTS } from '../../fixtures/figures'

let db: CommandPostDatabase
beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})
afterEach(async () => {
  await db.delete()
})

const open: NucleicTest = { ...TESTS[0], id: 'nat_1' }
const withResult = (t: NucleicTest, result: NucleicTest['result']): NucleicTest => {
  const { openDue: _o, positiveOn: _p, ...rest } = t
  const next = { ...rest, result, sampledOn: '2022-07-10' }
  return { ...next, ...testIndexFields(next) }
}

describe('closing stamps on nucleic tests (v22)', () => {
  it('stamp the instant a write takes a test out of the open ones, whichever way it writes', async () => {
    await db.nucleicTests.add(open)
    expect(open.openDue).toBeDefined()
    const before = Date.now()
    await db.nucleicTests.put(withResult(open, 'negative'))
    const closed = await db.nucleicTests.get('nat_1')
    expect(closed?.openDue).toBeUndefined()
    expect(closed?.closedAt).toBeGreaterThanOrEqual(before)

    await db.nucleicTests.add({ ...open, id: 'nat_2' })
    await db.nucleicTests
      .where('id')
      .equals('nat_2')
      .modify((t) => {
        t.result = 'not-done'
        delete t.openDue
      })
    expect((await db.nucleicTests.get('nat_2'))?.closedAt).toBeGreaterThanOrEqual(before)
  })

  it('leave an open test and other edits alone, and clear the stamp when a test opens again', async () => {
    await db.nucleicTests.add(open)
    await db.nucleicTests.update('nat_1', { personName: '改名' })
    expect((await db.nucleicTests.get('nat_1'))?.closedAt).toBeUndefined()
    await db.nucleicTests.put(withResult(open, 'pending'))
    expect((await db.nucleicTests.get('nat_1'))?.closedAt).toBeUndefined()
    await db.nucleicTests.put(withResult(open, 'negative'))
    expect((await db.nucleicTests.get('nat_1'))?.closedAt).toBeDefined()
    await db.nucleicTests.put(withResult(open, 'scheduled'))
    const reopened = await db.nucleicTests.get('nat_1')
    expect(reopened?.openDue).toBe(open.dueOn)
    expect(reopened?.closedAt).toBeUndefined()
  })
})
