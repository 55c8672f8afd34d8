import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError, type Problem } from '@/domain/common/result'
import { DEMO_ACCOUNTS, DEMO_PIN } from '@/domain/demo/demo-accounts'
import { DEMO_TOWNSHIP_CODE, DEMO_TOWNSHIP_NAME, generateDemoTownship } from '@/domain/demo/demo-township'
import type { TownshipInput } from '@/domain/township/township'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { getTownship } from '@/db/repositories/township-repository'
import { findUserByName, listAllUsers } from '@/db/repositories/user-repository'
import { listActiveVillages } from '@/db/repositories/village-repository'
import { signIn } from '@/services/accounts/account-service'
import { verifyPassword } from '@/services/accounts/password-hash'
import { completeSetup, isSetUp, loadDemoTownship } from '@/services/setup/setup-service'
import { orderStatus } from '@/domain/log/order'
import { verifyLogChain } from '@/services/log/chain-service'
import { openOrders } from '@/services/log/order-service'

// completeSetup and loadDemoTownship hash at the full PBKDF2 cost, a few hundred milliseconds each.
const SLOW = 30_000
const TOWNSHIP: TownshipInput = {
  name: '芦阳镇',
  code: '511826100000',
  countyName: '芦山县',
  reportWindow: { startTime: '11:00', endTime: '11:00', deadline: '11:30' },
  idleLockMinutes: 15,
}
const ADMIN = { name: '管理员', password: '2468' }
let db: CommandPostDatabase

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
})

afterEach(async () => {
  await db.delete()
})

async function problemsOf(promise: Promise<unknown>): Promise<Problem[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).problems
}

async function rowCounts() {
  return {
    settings: await db.settings.count(),
    villages: await db.villages.count(),
    users: await db.users.count(),
    audit: await db.audit.count(),
  }
}
const EMPTY = { settings: 0, villages: 0, users: 0, audit: 0 }

describe('completeSetup', () => {
  it(
    'saves the township and the first administrator, both audited',
    async () => {
      expect(await isSetUp(db)).toBe(false)
      const result = await completeSetup(db, { ...TOWNSHIP, name: ' 芦阳镇 ', countyName: ' 芦山县 ' }, ADMIN)
      expect(result.villageCount).toBe(0)
      expect(result.township).toMatchObject({ ...TOWNSHIP, createdBy: 'system' })
      expect(await getTownship(db)).toEqual(result.township)
      const admin = await findUserByName(db, '管理员')
      expect(admin).toMatchObject({ role: 'admin', createdBy: 'system' })
      expect(await verifyPassword('2468', admin!.password)).toBe(true)
      expect(await isSetUp(db)).toBe(true)
      const audit = await db.audit.toArray()
      expect(audit.map((e) => `${e.action} ${e.entity}`).sort()).toEqual(['create user', 'setup township'])
      expect(audit.every((e) => e.actorId === 'system')).toBe(true)
    },
    SLOW,
  )

  it(
    'repairs a township code Excel stored as a float',
    async () => {
      const result = await completeSetup(db, { ...TOWNSHIP, code: '511826100000.0' }, ADMIN)
      expect(result.township.code).toBe('511826100000')
      expect((await getTownship(db))?.code).toBe('511826100000')
    },
    SLOW,
  )

  it.each<[string, Partial<TownshipInput>, Problem[]]>([
    [
      'a code one digit short',
      { code: '51182610000' },
      [{ field: 'code', code: 'code.wrong-length', params: { value: '51182610000' } }],
    ],
    [
      'a village code, not a township one',
      { code: '511826100201' },
      [{ field: 'code', code: 'code.notTownship', params: { value: '511826100201' } }],
    ],
    [
      'a county code',
      { code: '511826000000' },
      [{ field: 'code', code: 'code.notTownship', params: { value: '511826000000' } }],
    ],
    [
      'a code in scientific notation',
      { code: '5.11826E+11' },
      [{ field: 'code', code: 'code.scientific', params: { value: '5.11826E+11' } }],
    ],
    ['no name', { name: '  ' }, [{ field: 'name', code: 'required' }]],
    ['no county', { countyName: '' }, [{ field: 'countyName', code: 'required' }]],
    [
      'bad times',
      { reportWindow: { startTime: '24:00', endTime: '9:00', deadline: '11:60' } },
      [
        { field: 'reportWindow.startTime', code: 'time', params: { value: '24:00' } },
        { field: 'reportWindow.endTime', code: 'time', params: { value: '9:00' } },
        { field: 'reportWindow.deadline', code: 'time', params: { value: '11:60' } },
      ],
    ],
    [
      'an idle lock over four hours',
      { idleLockMinutes: 241 },
      [{ field: 'idleLockMinutes', code: 'idleLock', params: { value: '241' } }],
    ],
    [
      'a fractional idle lock',
      { idleLockMinutes: 1.5 },
      [{ field: 'idleLockMinutes', code: 'idleLock', params: { value: '1.5' } }],
    ],
  ])('refuses %s and writes nothing', async (_, change, expected) => {
    expect(await problemsOf(completeSetup(db, { ...TOWNSHIP, ...change }, ADMIN))).toEqual(expected)
    expect(await rowCounts()).toEqual(EMPTY)
    expect(await isSetUp(db)).toBe(false)
  })

  it('refuses a bad administrator and reports every problem of the form at once', async () => {
    const problems = await problemsOf(completeSetup(db, { ...TOWNSHIP, code: '5118' }, { name: '', password: '12' }))
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'code:code.wrong-length',
      'admin:nameRequired',
      'admin:passwordTooShort',
    ])
    expect(await rowCounts()).toEqual(EMPTY)
  })

  it(
    'refuses a second setup and leaves the first untouched',
    async () => {
      await completeSetup(db, TOWNSHIP, ADMIN)
      const before = await rowCounts()
      const again = await problemsOf(
        completeSetup(db, { ...TOWNSHIP, name: '飞仙关镇' }, { name: '别人', password: '1357' }),
      )
      expect(again).toEqual([{ field: 'setup', code: 'alreadySetUp' }])
      expect(await problemsOf(loadDemoTownship(db, { name: '别人', password: '1357' }))).toEqual(again)
      expect(await rowCounts()).toEqual(before)
      expect((await getTownship(db))?.name).toBe('芦阳镇')
    },
    SLOW,
  )
})

describe('loadDemoTownship', () => {
  it(
    'creates the demo township, its villages, the administrator and the demo accounts, all audited',
    async () => {
      const demo = generateDemoTownship()
      const result = await loadDemoTownship(db, ADMIN)
      expect(result.villageCount).toBe(demo.villages.length)
      expect(result.villageCount).toBeGreaterThanOrEqual(18)
      expect(result.villageCount).toBeLessThanOrEqual(22)
      expect(result.township).toMatchObject({ name: DEMO_TOWNSHIP_NAME, code: DEMO_TOWNSHIP_CODE, demo: true })

      const villages = await listActiveVillages(db)
      expect(villages.map((v) => v.code)).toEqual(demo.villages.map((v) => v.code).sort())
      expect(villages.every((v) => v.code.startsWith(DEMO_TOWNSHIP_CODE.slice(0, 9)))).toBe(true)

      const users = await listAllUsers(db)
      expect(users.map((u) => [u.name, u.role]).sort()).toEqual(
        [['管理员', 'admin'], ...DEMO_ACCOUNTS.map((a) => [a.name, a.role])].sort(),
      )
      for (const account of DEMO_ACCOUNTS) {
        const user = users.find((u) => u.name === account.name)!
        expect(await verifyPassword(DEMO_PIN, user.password), account.name).toBe(true)
      }
      // The demo people come in one batch (one import line) with their likely duplicates queued for review.
      expect(await db.persons.count()).toBeGreaterThan(250)
      const people = await db.audit.where('entity').anyOf('person', 'duplicate').toArray()
      expect(people.filter((e) => e.action === 'import')).toHaveLength(1)
      expect(people.filter((e) => e.entity === 'duplicate')).toHaveLength(await db.duplicateReviews.count())
      // The map: a schematic tile per village and a month of risk decisions.
      expect(await db.schematicTiles.count()).toBe(villages.length)
      expect(await db.riskDecisions.count()).toBeGreaterThan(3)
      // The demo's control measures come in one batch too (issue 4), and today has work in it.
      expect(await db.audit.where('entity').equals('measure').count()).toBe(1)
      expect(await db.measures.count()).toBeGreaterThan(10)
      // The demo's wartime log and orders (their own audit lines), chained intact, one order overdue.
      expect(await db.logEntries.count()).toBeGreaterThan(15)
      expect((await verifyLogChain(db)).breaks).toEqual([])
      expect((await openOrders(db)).filter((o) => orderStatus(o, Date.now()) === 'overdue')).toHaveLength(1)
      // The demo supplies: a month of stock documents, each posted with its own audit line.
      const posted = await db.audit.where('action').equals('post').count()
      expect(posted).toBe(await db.stockDocuments.count())
      expect(posted).toBeGreaterThan(50)
      // The demo's mass testing round in progress: its own audit line, a positive tube awaiting re-tests.
      expect(await db.testingRounds.count()).toBe(1)
      expect((await db.poolTubes.toArray()).filter((t) => t.result === 'positive' && !t.retestsOn)).toHaveLength(1)
      // The demo incident under way (issue 10: the board's active incidents), its first four actions done.
      const [incident] = await db.incidents.toArray()
      expect(incident).toMatchObject({ state: 'open' })
      expect(incident.actions.filter((a) => a.doneAt !== undefined)).toHaveLength(4)
      const ownLines = new Set([
        'incident',
        'person',
        'duplicate',
        'logEntry',
        'order',
        'supplyItem',
        'stockLocation',
        'stockDocument',
        'measure',
        'testingRound',
      ])
      const audit = (await db.audit.toArray()).filter((e) => !ownLines.has(e.entity))
      expect(audit).toHaveLength(1 + users.length + villages.length)
      const created = new Set(audit.filter((e) => e.action === 'create').map((e) => e.entityId))
      for (const record of [...users, ...villages]) expect(created.has(record.id), record.id).toBe(true)
      expect(audit.filter((e) => e.action === 'setup')).toHaveLength(1)
      expect(await isSetUp(db)).toBe(true)
      await expect(signIn(db, '管理员', '2468')).resolves.toMatchObject({ role: 'admin' })
    },
    SLOW,
  )

  it(
    'skips the demo account whose name the administrator took',
    async () => {
      await loadDemoTownship(db, { name: DEMO_ACCOUNTS[0].name, password: '2468' })
      const users = await listAllUsers(db)
      expect(users).toHaveLength(DEMO_ACCOUNTS.length)
      expect(users.find((u) => u.name === DEMO_ACCOUNTS[0].name)?.role).toBe('admin')
    },
    SLOW,
  )

  it('refuses a bad administrator and writes nothing', async () => {
    expect(await problemsOf(loadDemoTownship(db, { name: '管理员', password: '1' }))).toEqual([
      { field: 'admin', code: 'passwordTooShort' },
    ])
    expect(await rowCounts()).toEqual(EMPTY)
  })
})
