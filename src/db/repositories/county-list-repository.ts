import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import {
  VERIFICATION_RESULTS,
  type CountyList,
  type CountyListRow,
  type VerificationResult,
} from '@/domain/county-list/county-list'
import { progressByVillage, progressFromCounts, type Progress } from '@/domain/county-list/progress'
import type { CommandPostDatabase } from '../database'
import type { PersonRow } from '../person-row'
import { note, writeWithAudit } from '../write'
import type { Page } from './audit-repository'

/** A list with its verification progress, for the lists screen. */
export interface CountyListSummary extends CountyList {
  progress: Progress
}

/** What an import supplies for a list; the repository adds id, row count and stamps. */
export type NewCountyList = Pick<
  CountyList,
  'title' | 'source' | 'receivedOn' | 'dueOn' | 'fileName' | 'headers' | 'columns'
>

/** What an import supplies for a row; links and village may already be known. */
export type NewCountyListRow = Pick<CountyListRow, 'rowNumber' | 'cells' | 'name' | 'documentNumber' | 'phone'> &
  Partial<Pick<CountyListRow, 'personId' | 'match' | 'villageId'>>

/** Filters of a list's rows. Absent means any; `villageId: ''` means not yet assigned; `result: ''` unverified. */
export interface CountyListRowQuery {
  villageId?: string
  result?: VerificationResult | ''
  /** Name, document number, phone or any cell, case-insensitive substring. */
  text?: string
  page: number
  pageSize: number
}

/** Stores a list and all its rows in one transaction, with one audit line for the import. */
export function createListWithRows(
  db: CommandPostDatabase,
  list: NewCountyList,
  rows: readonly NewCountyListRow[],
  actor: Actor,
): Promise<CountyList> {
  return writeWithAudit(db, actor, [db.countyLists, db.countyListRows], async (ctx) => {
    const stamps = ctx.stampNew()
    const created: CountyList = { ...list, id: newId('cls', ctx.now), rowCount: rows.length, ...stamps }
    // Ids are monotonic within a millisecond: the listId index then yields rows in the county's order.
    const stored: CountyListRow[] = rows.map((row) => ({
      personId: '',
      match: 'none',
      villageId: '',
      ...row,
      id: newId('clr', ctx.now),
      listId: created.id,
      result: '',
      note: '',
      ...stamps,
    }))
    await db.countyLists.add(created)
    await db.countyListRows.bulkAdd(stored)
    await ctx.audit(note('import', 'countyList', created.id, `${list.title}：${rows.length} 行（${list.fileName}）`))
    return created
  })
}

async function countsOf(db: CommandPostDatabase, listId: string): Promise<Progress> {
  const keys = ['', ...VERIFICATION_RESULTS] as const
  const counts = await Promise.all(
    keys.map((result) => db.countyListRows.where('[listId+result]').equals([listId, result]).count()),
  )
  return progressFromCounts(Object.fromEntries(keys.map((key, i) => [key, counts[i]])))
}

/** Lists not retired, newest received first. */
export async function activeLists(db: CommandPostDatabase): Promise<CountyList[]> {
  const lists = await db.countyLists.orderBy('receivedOn').reverse().toArray()
  return lists.filter((list) => list.retiredAt === undefined)
}

/** Lists not retired, newest received first, each with its progress counted on the `[listId+result]` index. */
export async function listLists(db: CommandPostDatabase): Promise<CountyListSummary[]> {
  const active = await activeLists(db)
  const progress = await Promise.all(active.map((list) => countsOf(db, list.id)))
  return active.map((list, i) => ({ ...list, progress: progress[i] }))
}

/** One list by id. */
export function getList(db: CommandPostDatabase, id: string): Promise<CountyList | undefined> {
  return db.countyLists.get(id)
}

/** Every row of a list in the county's order (for the feedback and the progress per village). */
export function listAllRows(db: CommandPostDatabase, listId: string): Promise<CountyListRow[]> {
  return db.countyListRows.where('listId').equals(listId).toArray()
}

/** Progress of a list per village its rows are assigned to (`''`: not yet assigned). */
export async function villageProgress(db: CommandPostDatabase, listId: string): Promise<Map<string, Progress>> {
  return progressByVillage(await listAllRows(db, listId))
}

function rowMatchesText(row: CountyListRow, text: string): boolean {
  const fields = [row.name, row.documentNumber, row.phone, ...row.cells]
  return fields.some((field) => field.toLowerCase().includes(text))
}

/**
 * A page of a list's rows in the county's order. The village or result filter reads its compound index
 * (`[listId+villageId]`, `[listId+result]`); the rest is filtered in the same pass.
 */
export async function listRows(
  db: CommandPostDatabase,
  listId: string,
  query: CountyListRowQuery,
): Promise<Page<CountyListRow>> {
  const { villageId, result } = query
  const text = query.text?.normalize('NFKC').trim().toLowerCase() ?? ''
  const base =
    villageId !== undefined
      ? db.countyListRows.where('[listId+villageId]').equals([listId, villageId])
      : result !== undefined
        ? db.countyListRows.where('[listId+result]').equals([listId, result])
        : db.countyListRows.where('listId').equals(listId)
  const needsFilter = (villageId !== undefined && result !== undefined) || text !== ''
  const collection = needsFilter
    ? base.filter(
        (row) => (result === undefined || row.result === result) && (text === '' || rowMatchesText(row, text)),
      )
    : base
  const offset = (query.page - 1) * query.pageSize
  const items = await collection.clone().offset(offset).limit(query.pageSize).toArray()
  const total = await collection.clone().count()
  return { items, total }
}

/** Lists (not retired) imported from a file of this name: a second import of the same file is worth a warning. */
export async function findListsByFile(db: CommandPostDatabase, fileName: string): Promise<CountyList[]> {
  const lists = await db.countyLists.toArray()
  return lists.filter((list) => list.retiredAt === undefined && list.fileName === fileName)
}

/** The people rows are linked to, by id (merged or retired records included, as stored). */
export async function linkedPeople(
  db: CommandPostDatabase,
  rows: readonly Pick<CountyListRow, 'personId'>[],
): Promise<Map<string, PersonRow>> {
  const ids = [...new Set(rows.map((row) => row.personId).filter((id) => id !== ''))]
  const people = await db.persons.bulkGet(ids)
  return new Map(people.flatMap((person) => (person ? [[person.id, person] as const] : [])))
}
