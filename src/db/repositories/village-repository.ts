import type { Actor } from '@/domain/accounts/user'
import { diffFields } from '@/domain/audit/audit-entry'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import { villageKindOf } from '@/domain/township/area-code'
import type { Village, VillageInput, VillageKind } from '@/domain/township/village'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit, type WriteContext } from '../write'
import type { Page } from './audit-repository'

/** Filters of the village list. */
export interface VillageQuery {
  /** Matches name or code, case-insensitive substring. */
  text?: string
  kind?: VillageKind
  includeRetired?: boolean
  page: number
  pageSize: number
}

/**
 * Villages ordered by code, filtered and paged. A township has at most a few hundred villages: all are read in
 * one request on the `sortOrder` index and filtered here (a Dexie `filter` would walk a cursor instead, one step
 * per village, each waiting its turn behind whatever else the database is doing).
 */
export async function listVillages(db: CommandPostDatabase, query: VillageQuery): Promise<Page<Village>> {
  const text = query.text?.trim().toLowerCase() ?? ''
  const matches = (v: Village) =>
    (query.includeRetired || v.retiredAt === undefined) &&
    (!query.kind || v.kind === query.kind) &&
    (text === '' || v.name.toLowerCase().includes(text) || v.code.includes(text))
  const all = (await db.villages.orderBy('sortOrder').toArray()).filter(matches)
  const offset = (query.page - 1) * query.pageSize
  return { items: all.slice(offset, offset + query.pageSize), total: all.length }
}

/** Active (not retired) villages, by code (read in one request, filtered here: see listVillages). */
export async function listActiveVillages(db: CommandPostDatabase): Promise<Village[]> {
  return (await db.villages.orderBy('sortOrder').toArray()).filter((v) => v.retiredAt === undefined)
}

/** One village by id. */
export function getVillage(db: CommandPostDatabase, id: string): Promise<Village | undefined> {
  return db.villages.get(id)
}

function toVillage(input: VillageInput, ctx: WriteContext): Village {
  return {
    id: newId('vil', ctx.now),
    ...input,
    kind: villageKindOf(input.code),
    sortOrder: Number(input.code),
    ...ctx.stampNew(),
  }
}

async function refuseTakenCode(db: CommandPostDatabase, code: string, exceptId?: string): Promise<void> {
  const holder = await db.villages.where('code').equals(code).first()
  if (holder && holder.id !== exceptId) {
    const problem = holder.retiredAt === undefined ? 'code.taken' : 'code.takenRetired'
    throw new ValidationError([{ field: 'code', code: problem, params: { value: code, name: holder.name } }])
  }
}

/** Adds a village; refuses a code another village (even a retired one) holds. Input is validated upstream. */
export function createVillage(db: CommandPostDatabase, input: VillageInput, actor: Actor): Promise<Village> {
  return writeWithAudit(db, actor, [db.villages], async (ctx) => {
    await refuseTakenCode(db, input.code)
    const village = toVillage(input, ctx)
    await db.villages.add(village)
    await ctx.audit(note('create', 'village', village.id, `${village.name} ${village.code}`))
    return village
  })
}

/** Saves an edit of a village, recording which fields changed. */
export function updateVillage(
  db: CommandPostDatabase,
  id: string,
  input: VillageInput,
  actor: Actor,
): Promise<Village> {
  return writeWithAudit(db, actor, [db.villages], async (ctx) => {
    const before = await db.villages.get(id)
    if (!before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    await refuseTakenCode(db, input.code, id)
    const after: Village = {
      ...before,
      ...input,
      kind: villageKindOf(input.code),
      sortOrder: Number(input.code),
      updatedAt: ctx.now,
      updatedBy: actor.id,
    }
    await db.villages.put(after)
    await ctx.audit(note('update', 'village', id, after.name, diffFields(before, after)))
    return after
  })
}

/** Retires (never deletes) a village, with the reason; or restores a retired one. */
export function setVillageRetired(
  db: CommandPostDatabase,
  id: string,
  retire: { reason: string } | false,
  actor: Actor,
): Promise<Village> {
  return writeWithAudit(db, actor, [db.villages], async (ctx) => {
    const before = await db.villages.get(id)
    if (!before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const { retiredAt: _a, retiredBy: _b, retiredReason: _c, ...active } = before
    const after: Village = retire
      ? { ...before, retiredAt: ctx.now, retiredBy: actor.id, retiredReason: retire.reason }
      : { ...active }
    after.updatedAt = ctx.now
    after.updatedBy = actor.id
    await db.villages.put(after)
    await ctx.audit(
      note(retire ? 'retire' : 'restore', 'village', id, retire ? `${after.name}：${retire.reason}` : after.name),
    )
    return after
  })
}

/** The fields a village sheet carries; a missing field leaves the stored value alone. */
export type VillageImportFields = Pick<Village, 'code' | 'name'> &
  Partial<Pick<Village, 'urbanRuralClass' | 'population' | 'households'>>

/** The villages (retired included) holding any of these codes. */
export function findVillagesByCodes(db: CommandPostDatabase, codes: string[]): Promise<Village[]> {
  return db.villages.where('code').anyOf(codes).toArray()
}

/** Outcome of an import: how many villages were added, changed, or already the same. */
export interface UpsertSummary {
  created: number
  updated: number
  unchanged: number
}

/**
 * Imports villages by code in one transaction: a new code adds a village, a known code updates the fields the
 * sheet carries (re-importing never duplicates), an identical row changes nothing. One audit line per change and
 * one for the import as a whole.
 */
export function upsertVillagesByCode(
  db: CommandPostDatabase,
  rows: VillageImportFields[],
  source: string,
  actor: Actor,
): Promise<UpsertSummary> {
  return writeWithAudit(db, actor, [db.villages], async (ctx) => {
    const summary: UpsertSummary = { created: 0, updated: 0, unchanged: 0 }
    const existing = await findVillagesByCodes(
      db,
      rows.map((r) => r.code),
    )
    const byCode = new Map(existing.map((v) => [v.code, v]))
    for (const row of rows) {
      const before = byCode.get(row.code)
      if (!before) {
        const input: VillageInput = {
          urbanRuralClass: '',
          population: 0,
          households: 0,
          ...row,
          secretary: { name: '', phone: '' },
          doctor: { name: '', phone: '' },
          grids: [],
        }
        const village = toVillage(input, ctx)
        await db.villages.add(village)
        await ctx.audit(note('create', 'village', village.id, `${village.name} ${village.code}`))
        summary.created++
        continue
      }
      const after: Village = { ...before, ...row, updatedAt: ctx.now, updatedBy: actor.id }
      const changes = diffFields(before, after)
      if (Object.keys(changes).length === 0) {
        summary.unchanged++
        continue
      }
      await db.villages.put(after)
      await ctx.audit(note('update', 'village', before.id, after.name, changes))
      summary.updated++
    }
    await ctx.audit(
      note(
        'import',
        'village',
        '*',
        `${source}：新增 ${summary.created}，更新 ${summary.updated}，未变 ${summary.unchanged}`,
      ),
    )
    return summary
  })
}
