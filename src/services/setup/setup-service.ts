import { accountProblems, SYSTEM_ACTOR, type PasswordHash } from '@/domain/accounts/user'
import { ValidationError, type Problem } from '@/domain/common/result'
import { DEMO_ACCOUNTS, DEMO_PIN } from '@/domain/demo/demo-accounts'
import { DEMO_SEED, generateDemoTownship } from '@/domain/demo/demo-township'
import { normalizeTownship, townshipProblems } from '@/domain/township/township-rules'
import type { Township, TownshipInput } from '@/domain/township/township'
import type { Village } from '@/domain/township/village'
import type { CommandPostDatabase } from '@/db/database'
import { saveTownship } from '@/db/repositories/township-repository'
import { countUsers, createUser } from '@/db/repositories/user-repository'
import { createVillage } from '@/db/repositories/village-repository'
import { writeWithAudit } from '@/db/write'
import { hashPassword } from '../accounts/password-hash'
import { addDemoBoard } from '../board/demo-board-service'
import { addDemoLog } from '../log/demo-log-service'
import { addDemoControl } from '../control/demo-control-service'
import { addDemoRound } from '../control/demo-round-service'
import { addDemoMap } from '../map/demo-map-service'
import { addDemoDuty } from '../duty/demo-duty-service'
import { addDemoPeople } from '../people/demo-people-service'
import { addDemoSupplies } from '../supplies/demo-supplies-service'

/** The first administrator, as typed in the wizard. */
export interface AdminInput {
  name: string
  password: string
}

/** What the wizard shows when it is done. */
export interface SetupResult {
  township: Township
  villageCount: number
}

/** True once a township and an account exist. */
export async function isSetUp(db: CommandPostDatabase): Promise<boolean> {
  return (await db.settings.get('township')) !== undefined && (await countUsers(db)) > 0
}

async function refuseIfSetUp(db: CommandPostDatabase): Promise<void> {
  if (await isSetUp(db)) throw new ValidationError([{ field: 'setup', code: 'alreadySetUp' }])
}

function adminProblems(admin: AdminInput): Problem[] {
  return accountProblems(admin.name, admin.password).map((code) => ({ field: 'admin', code }))
}

/**
 * The first-run wizard's "create my township": township settings and the first administrator, in one
 * transaction so a failure leaves the wizard to run again.
 */
export async function completeSetup(
  db: CommandPostDatabase,
  township: TownshipInput,
  admin: AdminInput,
): Promise<SetupResult> {
  const input = normalizeTownship(township)
  const problems = [...townshipProblems(input), ...adminProblems(admin)]
  if (problems.length) throw new ValidationError(problems)
  await refuseIfSetUp(db)
  // Hash outside the transaction: an IndexedDB transaction closes while it waits on WebCrypto.
  const password = await hashPassword(admin.password)
  return writeWithAudit(db, SYSTEM_ACTOR, [db.settings, db.users, db.villages], async () => {
    const saved = await saveTownship(db, input, SYSTEM_ACTOR)
    await createUser(db, { name: admin.name, role: 'admin', password }, SYSTEM_ACTOR)
    return { township: saved, villageCount: 0 }
  })
}

/** The tables the demo's map data goes into (feature/map). */
function mapTables(db: CommandPostDatabase) {
  return [db.riskDecisions, db.schematicTiles]
}

/**
 * Loads the demo township 示范镇 (generated deterministically), its villages and ~300 people who arrived in the
 * last 21 days, the administrator typed in the wizard and one demo account per other role with PIN {@link DEMO_PIN}.
 */
export async function loadDemoTownship(db: CommandPostDatabase, admin: AdminInput): Promise<SetupResult> {
  const problems = adminProblems(admin)
  if (problems.length) throw new ValidationError(problems)
  await refuseIfSetUp(db)
  const demo = generateDemoTownship()
  const adminHash = await hashPassword(admin.password)
  const demoHashes: PasswordHash[] = []
  for (let i = 0; i < DEMO_ACCOUNTS.length; i++) demoHashes.push(await hashPassword(DEMO_PIN))
  const tables = [
    db.settings,
    db.users,
    db.villages,
    db.persons,
    db.episodes,
    db.duplicateReviews,
    db.logEntries,
    db.logHead,
    db.orders,
    db.sites,
    db.measures,
    db.healthChecks,
    db.nucleicTests,
    ...mapTables(db),
  ]
  const result = await writeWithAudit(db, SYSTEM_ACTOR, tables, async () => {
    const township = await saveTownship(db, { ...demo.township, demo: true }, SYSTEM_ACTOR)
    await createUser(db, { name: admin.name, role: 'admin', password: adminHash }, SYSTEM_ACTOR)
    for (const [i, account] of DEMO_ACCOUNTS.entries()) {
      if (account.name !== admin.name.trim())
        await createUser(db, { ...account, password: demoHashes[i] }, SYSTEM_ACTOR)
    }
    const villages: Village[] = []
    for (const village of demo.villages) villages.push(await createVillage(db, village, SYSTEM_ACTOR))
    await addDemoPeople(db, villages, SYSTEM_ACTOR)
    await addDemoLog(db, villages, SYSTEM_ACTOR)
    await addDemoControl(db, SYSTEM_ACTOR)
    await addDemoMap(db, villages, SYSTEM_ACTOR)
    return { township, villageCount: demo.villages.length, villages }
  })
  // The duty roster in a transaction of its own (in the one above, its writes outran Dexie's transaction zone).
  await addDemoDuty(db, DEMO_SEED, SYSTEM_ACTOR)
  await addDemoRound(db, SYSTEM_ACTOR)
  // A month of stock documents, each posted (and audited) on its own the way a clerk posts them.
  await addDemoSupplies(db, result.villages, SYSTEM_ACTOR)
  await addDemoBoard(db, result.villages, SYSTEM_ACTOR)
  return { township: result.township, villageCount: result.villageCount }
}
