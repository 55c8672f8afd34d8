import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import {
  VERIFICATION_RESULT_NAMES,
  type CountyListRow,
  type VerificationResult,
} from '@/domain/county-list/county-list'
import type { CommandPostDatabase } from '../database'
import { note, writeWithAudit } from '../write'
import { personSummary } from './person-audit'

// The writes on single rows of a county list: village assignment and verification. Each is audited under the
// list (entity `countyList`, the list's id), so the list's history reads as one log.

/** `第 3 行 张三 110101********2316`: audit lines never hold a full number. */
export function rowSummary(row: Pick<CountyListRow, 'rowNumber' | 'name' | 'documentNumber'>): string {
  return `第 ${row.rowNumber} 行 ${personSummary(row)}`.trim()
}

// A Dexie promise, not an async function: awaited inside the transaction, it keeps the transaction (zone.ts).
function requireRow(db: CommandPostDatabase, rowId: string): Promise<CountyListRow> {
  return db.countyListRows.get(rowId).then((row) => {
    if (!row) throw new ValidationError([{ field: 'row', code: 'countyList.rowNotFound' }])
    return row
  })
}

/** Assigns one row to a village for verification (`''` unassigns it), audited. */
export function setRowVillage(
  db: CommandPostDatabase,
  rowId: string,
  villageId: string,
  actor: Actor,
): Promise<CountyListRow> {
  return writeWithAudit(db, actor, [db.countyListRows, db.villages], async (ctx) => {
    const row = await requireRow(db, rowId)
    const village = villageId === '' ? undefined : await db.villages.get(villageId)
    if (villageId !== '' && !village) throw new ValidationError([{ field: 'villageId', code: 'notFound' }])
    const updated: CountyListRow = { ...row, villageId, updatedAt: ctx.now, updatedBy: actor.id }
    await db.countyListRows.put(updated)
    const changes = { villageId: { before: row.villageId, after: villageId } }
    await ctx.audit(
      note('update', 'countyList', row.listId, `${rowSummary(row)}：分配到${village?.name ?? '（未分配）'}`, changes),
    )
    return updated
  })
}

/** Assigns many rows of a list to villages at once (the import's automatic assignment), with one audit line. */
export function assignVillages(
  db: CommandPostDatabase,
  listId: string,
  assignments: ReadonlyMap<string, string>,
  actor: Actor,
): Promise<number> {
  return writeWithAudit(db, actor, [db.countyListRows], async (ctx) => {
    const rows = await db.countyListRows.bulkGet([...assignments.keys()])
    const changed = rows.flatMap((row) =>
      row && row.listId === listId && row.villageId !== assignments.get(row.id)
        ? [{ ...row, villageId: assignments.get(row.id) ?? '', updatedAt: ctx.now, updatedBy: actor.id }]
        : [],
    )
    if (changed.length === 0) return 0
    await db.countyListRows.bulkPut(changed)
    await ctx.audit(note('update', 'countyList', listId, `自动分配村（社区）：${changed.length} 行`))
    return changed.length
  })
}

/**
 * Records (or, with `''`, clears) the verification result of a row and its note, with who and when, audited.
 * `link` ties the row to a person, e.g. the one just registered from it (漏排补登).
 */
export function recordVerification(
  db: CommandPostDatabase,
  rowId: string,
  result: VerificationResult | '',
  noteText: string,
  actor: Actor,
  link?: { personId: string },
): Promise<CountyListRow> {
  return writeWithAudit(db, actor, [db.countyListRows], async (ctx) => {
    const row = await requireRow(db, rowId)
    const { verifiedAt: _at, verifiedBy: _by, verifiedByName: _name, ...unverified } = row
    const updated: CountyListRow = {
      ...unverified,
      result,
      note: noteText.trim(),
      ...(result === '' ? {} : { verifiedAt: ctx.now, verifiedBy: actor.id, verifiedByName: actor.name }),
      ...(link ? { personId: link.personId, match: 'registered' as const } : {}),
      updatedAt: ctx.now,
      updatedBy: actor.id,
    }
    await db.countyListRows.put(updated)
    const changes: Record<string, { before: unknown; after: unknown }> = {
      result: { before: row.result, after: result },
    }
    if (row.note !== updated.note) changes.note = { before: row.note, after: updated.note }
    if (link) changes.personId = { before: row.personId, after: link.personId }
    const named = result === '' ? '撤销核查结果' : `核查结果 ${VERIFICATION_RESULT_NAMES[result]}`
    await ctx.audit(note('update', 'countyList', row.listId, `${rowSummary(row)}：${named}`, changes))
    return updated
  })
}

/** One row by id. */
export function getCountyListRow(db: CommandPostDatabase, rowId: string): Promise<CountyListRow | undefined> {
  return db.countyListRows.get(rowId)
}
