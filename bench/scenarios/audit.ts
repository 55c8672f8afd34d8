import type { Actor } from '@/domain/accounts/user'
import type { AuditEntry } from '@/domain/audit/audit-entry'
import { newId } from '@/domain/common/ids'
import { mobileNumber, personName } from '@/domain/demo/names'
import { createRandom, type Random } from '@/domain/demo/random'
import type { Village } from '@/domain/township/village'
import { roundMs, tableRows, testId, timed, type ScenarioSet } from './scenario'

// The figure is named bulk10k: change its name with this count.
const ENTRIES = 10_000
/** About three months of a busy post: 10k lines is ~110 a day. */
const HISTORY_DAYS = 90
/** The audit screen's default page size (stores/audit.ts). */
const PAGE_SIZE = 50
const RUNS = 5
const DAY = 24 * 60 * 60 * 1000

/** The kinds of line a command post writes, with rough shares: sessions dominate, then village edits. */
const MIX: readonly (readonly [AuditEntry['action'], number])[] = [
  ['login', 30],
  ['logout', 22],
  ['unlock', 12],
  ['loginFailed', 4],
  ['update', 28],
  ['retire', 2],
  ['restore', 2],
]

/** What a line says about its record; the generator adds id, time and actor. */
type Line = Pick<AuditEntry, 'entity' | 'entityId' | 'summary' | 'changes'>

function villageLine(random: Random, action: AuditEntry['action'], village: Village): Line {
  if (action === 'retire') return { entity: 'village', entityId: village.id, summary: `${village.name}：合并至邻村` }
  if (action === 'restore') return { entity: 'village', entityId: village.id, summary: village.name }
  const after = village.population + random.int(-40, 40)
  const changes: AuditEntry['changes'] = { population: { before: village.population, after } }
  if (random.chance(0.3))
    changes.secretary = { before: village.secretary, after: { ...village.secretary, phone: mobileNumber(random) } }
  return { entity: 'village', entityId: village.id, summary: village.name, changes }
}

/** Realistic lines: several officers, sessions and village edits, spread over the last {@link HISTORY_DAYS} days. */
function auditEntries(actor: Actor, villages: Village[], now: number): AuditEntry[] {
  const random = createRandom('bench/audit')
  const officers: Actor[] = [
    actor,
    ...Array.from({ length: 5 }, () => ({ id: newId('usr'), name: personName(random) })),
  ]
  const times = Array.from({ length: ENTRIES }, () => now - random.int(1, HISTORY_DAYS * DAY)).sort((a, b) => a - b)
  return times.map((at) => {
    const who = random.pick(officers)
    const action = random.weighted(MIX)
    const line: Line =
      action === 'update' || action === 'retire' || action === 'restore'
        ? villageLine(random, action, random.pick(villages))
        : { entity: 'session', entityId: who.id, summary: who.name }
    return { id: newId('aud', at), at, actorId: who.id, actorName: who.name, action, ...line }
  })
}

/** `audit.bulk10k`: the raw Dexie bulk write other figures (imports) are compared with; the audit list on top. */
export const auditScenarios: ScenarioSet = {
  area: 'audit',
  async seed({ db, actor }) {
    const villages = await db.villages.toArray()
    if (villages.length === 0) throw new Error('the audit scenarios need villages: register them after villages')
    // Built before the clock starts: the figure is the write, not the generator.
    const entries = auditEntries(actor, villages, Date.now())
    const { ms } = await timed(() => db.audit.bulkAdd(entries))
    const rows = tableRows('audit-table')
    return {
      figures: [{ name: 'audit.bulk10k', value: roundMs(ms), unit: 'ms', target: null }],
      probes: [
        {
          name: 'audit.list.firstPage',
          target: 100,
          runs: RUNS,
          before: [{ action: { click: testId('nav-/') }, until: { selector: rows, count: 0 } }],
          measure: { action: { click: testId('nav-/audit') }, until: { selector: rows, count: PAGE_SIZE } },
        },
      ],
    }
  },
}
