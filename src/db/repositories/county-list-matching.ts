import type { Actor } from '@/domain/accounts/user'
import type { CountyListRow } from '@/domain/county-list/county-list'
import { nameKey } from '@/domain/person/matching'
import type { DocumentType } from '@/domain/person/person'
import type { CommandPostDatabase } from '../database'
import { isListed, type PersonRow } from '../person-row'
import { note, writeWithAudit } from '../write'
import { findPeopleByName, followMerges } from './person-repository'

/** What a matching pass found: rows linked by document number, by name + phone, and rows still unmatched. */
export interface MatchSummary {
  document: number
  namePhone: number
  none: number
  /** Rows whose link was written (new matches, and links moved to the person a record was merged into). */
  changed: number
}

// A county sheet says "证件号码" without a type: try every type whose numbers could be written there.
const DOCUMENT_TYPES: readonly DocumentType[] = ['resident-id', 'hmt-permit', 'foreign-permanent', 'passport']

/** What the register holds for a list's rows, read before any row is decided. */
interface Register {
  byDocument: Map<string, PersonRow>
  byName: Map<string, PersonRow[]>
  /** Linked person id → the listed person it is now (itself, or the one it was merged into). */
  linked: Map<string, PersonRow | undefined>
}

/**
 * The listed person holding each number, in one `[documentType+documentNumber]` query for the whole list (not
 * a lookup per row). A merged record's number leads to the person it was merged into; retired people match no one.
 * Reads only, outside any transaction: helpers awaited inside a transaction can resume outside it (zone.ts).
 */
async function readRegister(
  db: CommandPostDatabase,
  rows: readonly Pick<CountyListRow, 'personId' | 'name' | 'documentNumber' | 'phone'>[],
): Promise<Register> {
  const register: Register = { byDocument: new Map(), byName: new Map(), linked: new Map() }
  const unlinked = rows.filter((r) => r.personId === '')
  const numbers = [...new Set(unlinked.map((r) => r.documentNumber).filter((n) => n !== ''))]
  const holders = await db.persons
    .where('[documentType+documentNumber]')
    .anyOf(numbers.flatMap((n) => DOCUMENT_TYPES.map((type) => [type, n])))
    .toArray()
  for (const row of holders.filter(isListed)) register.byDocument.set(row.documentNumber, row)
  for (const row of holders) {
    if (register.byDocument.has(row.documentNumber) || row.mergedInto === undefined) continue
    const target = await followMerges(db, row.mergedInto)
    if (target) register.byDocument.set(row.documentNumber, target)
  }
  for (const row of unlinked) {
    const key = nameKey(row.name)
    if (key === '' || row.phone === '' || register.byDocument.has(row.documentNumber) || register.byName.has(key))
      continue
    register.byName.set(key, await findPeopleByName(db, row.name))
  }
  for (const id of new Set(rows.map((r) => r.personId).filter((id) => id !== '')))
    register.linked.set(id, await followMerges(db, id))
  return register
}

function linkOf(
  row: Pick<CountyListRow, 'personId' | 'match' | 'name' | 'documentNumber' | 'phone'>,
  register: Register,
): RowLink {
  // Linked rows keep their link (a registration from the row, an earlier match); only a merge moves it.
  if (row.personId !== '') return { personId: register.linked.get(row.personId)?.id ?? row.personId, match: row.match }
  const byNumber = register.byDocument.get(row.documentNumber)
  if (byNumber) return { personId: byNumber.id, match: 'document' }
  const sameName = row.phone === '' ? [] : (register.byName.get(nameKey(row.name)) ?? [])
  // Name and phone must point at one person: two people sharing both (a family phone) is no match.
  const matches = sameName.filter((person) => person.phones.includes(row.phone))
  return matches.length === 1 ? { personId: matches[0].id, match: 'name-phone' } : { personId: '', match: 'none' }
}

/** Who a row is, in the register, and how that was found. */
export type RowLink = Pick<CountyListRow, 'personId' | 'match'>

/**
 * How each row matches the register: by document number (the `[documentType+documentNumber]` index), else by
 * name + phone when exactly one person has both. Rows already linked keep their person, followed through a
 * merge. Reads only.
 */
export async function findRowLinks(
  db: CommandPostDatabase,
  rows: readonly Pick<CountyListRow, 'personId' | 'match' | 'name' | 'documentNumber' | 'phone'>[],
): Promise<RowLink[]> {
  const register = await readRegister(db, rows)
  return rows.map((row) => linkOf(row, register))
}

/** Counts of links by how they were found; `changed` left 0. */
export function summarizeLinks(links: readonly RowLink[]): MatchSummary {
  const summary: MatchSummary = { document: 0, namePhone: 0, none: 0, changed: 0 }
  for (const { match } of links) {
    if (match === 'document') summary.document++
    else if (match === 'name-phone') summary.namePhone++
    else if (match === 'none') summary.none++
  }
  return summary
}

/**
 * Matches the rows of a list to the register again ({@link findRowLinks}) and stores each row's person and how
 * it matched: people registered since the import are found, nothing already found is lost. One audit line when
 * anything changed. Not to be called inside another transaction (it reads first, then writes).
 */
export async function matchRows(db: CommandPostDatabase, listId: string, actor: Actor): Promise<MatchSummary> {
  const rows = await db.countyListRows.where('listId').equals(listId).toArray()
  const links = await findRowLinks(db, rows)
  const summary = summarizeLinks(links)
  const linkOfRow = new Map(rows.map((row, i) => [row.id, { before: row.personId, link: links[i] }]))
  return writeWithAudit(db, actor, [db.countyListRows, db.countyLists], async (ctx) => {
    // Read again inside the transaction: a result recorded meanwhile is kept, a row linked meanwhile (漏排补登)
    // is left alone, only the link is written.
    const current = await db.countyListRows.bulkGet(rows.map((row) => row.id))
    const changed = current.flatMap((row) => {
      const found = row && linkOfRow.get(row.id)
      if (!row || !found || row.personId !== found.before) return []
      const { link } = found
      return link.personId === row.personId && link.match === row.match
        ? []
        : [{ ...row, ...link, updatedAt: ctx.now, updatedBy: actor.id }]
    })
    summary.changed = changed.length
    if (changed.length === 0) return summary
    await db.countyListRows.bulkPut(changed)
    const list = await db.countyLists.get(listId)
    const text = `按证件号码 ${summary.document} 行，按姓名和电话 ${summary.namePhone} 行，未匹配 ${summary.none} 行`
    await ctx.audit(note('update', 'countyList', listId, `${list?.title ?? listId}：与登记库比对，${text}`))
    return summary
  })
}
