import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { ValidationError, type Problem } from '@/domain/common/result'
import type { CountyList, CountyListRow } from '@/domain/county-list/county-list'
import { parseCountyListSheet, type CountyListSheet } from '@/domain/county-list/list-sheet'
import { villageForRow } from '@/domain/county-list/village-match'
import { isLocalDate } from '@/domain/person/dates'
import type { CommandPostDatabase } from '@/db/database'
import { findRowLinks, matchRows, summarizeLinks, type MatchSummary } from '@/db/repositories/county-list-matching'
import {
  createListWithRows,
  findListsByFile,
  getList,
  linkedPeople,
  listAllRows,
} from '@/db/repositories/county-list-repository'
import { assignVillages } from '@/db/repositories/county-list-row-repository'
import { listActiveVillages } from '@/db/repositories/village-repository'
import { readCountySheetFile } from './read-county-sheet'

/** A county sheet read and checked, before anything is written. */
export interface CountyListPreview {
  fileName: string
  sheet: CountyListSheet
  /** Rows whose document number needs checking or was damaged by Excel (the county's own sheet). */
  doubtfulNumbers: number
  /** A list already imported from a file of the same name and size: importing again makes a second list. */
  sameAs?: Pick<CountyList, 'id' | 'title' | 'receivedOn'>
}

/** What the clerk types about a list: the sheet says none of it reliably. */
export type CountyListMeta = Pick<CountyList, 'title' | 'source' | 'receivedOn' | 'dueOn'>

/** What an import did. */
export interface CountyListImportSummary {
  list: CountyList
  match: MatchSummary
  /** Rows placed in a village automatically. */
  assigned: number
}

// One literal per code, so the message catalogue can be checked against the codes produced.
const FATAL_PROBLEMS: Record<NonNullable<CountyListSheet['fatal']>, Problem> = {
  empty: { field: 'file', code: 'countyList.sheetEmpty' },
  noHeader: { field: 'file', code: 'countyList.noHeader' },
}

/**
 * Reads a county list from a file (xlsx, xls, csv in UTF-8 or GBK; a title row above the header is fine) and
 * finds its header and person rows; writes nothing.
 * @throws ValidationError when the file cannot be read at all (`file.*`).
 */
export async function previewCountyList(
  db: CommandPostDatabase,
  fileName: string,
  bytes: Uint8Array,
  today?: LocalDate,
): Promise<CountyListPreview> {
  const sheet = parseCountyListSheet(readCountySheetFile(fileName, bytes), today)
  const doubtfulNumbers = sheet.rows.filter(
    (r) => r.documentCheck === 'needs-checking' || r.documentCheck === 'damaged',
  )
  const same = (await findListsByFile(db, fileName)).find((list) => list.rowCount === sheet.rows.length)
  const preview: CountyListPreview = { fileName, sheet, doubtfulNumbers: doubtfulNumbers.length }
  return same ? { ...preview, sameAs: { id: same.id, title: same.title, receivedOn: same.receivedOn } } : preview
}

function metaProblems(meta: CountyListMeta): Problem[] {
  const problems: Problem[] = []
  if (meta.title.trim() === '') problems.push({ field: 'title', code: 'countyList.titleRequired' })
  if (!isLocalDate(meta.receivedOn)) problems.push({ field: 'receivedOn', code: 'countyList.receivedOnRequired' })
  if (meta.dueOn !== '' && !isLocalDate(meta.dueOn))
    problems.push({ field: 'dueOn', code: 'countyList.dueOnInvalid', params: { value: meta.dueOn } })
  else if (meta.dueOn !== '' && meta.dueOn < meta.receivedOn)
    problems.push({ field: 'dueOn', code: 'countyList.dueBeforeReceived' })
  return problems
}

/**
 * Imports a checked county list: every person row in the county's order, each matched to the register (document
 * number, else name + phone) and placed in a village (the county's village column, else the matched person's
 * village, else the village the address names). The register is read first; the list and all its rows are then
 * written in one transaction, so a refused sheet, incomplete details or a failure write nothing.
 */
export async function importCountyList(
  db: CommandPostDatabase,
  preview: CountyListPreview,
  meta: CountyListMeta,
  actor: Actor,
): Promise<CountyListImportSummary> {
  const { sheet } = preview
  if (sheet.fatal) throw new ValidationError([FATAL_PROBLEMS[sheet.fatal]])
  const problems = metaProblems(meta)
  if (sheet.rows.length === 0) problems.push({ field: 'file', code: 'countyList.nothingToImport' })
  if (problems.length) throw new ValidationError(problems)
  const unlinked = sheet.rows.map((row) => ({ ...row, personId: '', match: 'none' as const }))
  const links = await findRowLinks(db, unlinked)
  const people = await linkedPeople(db, links)
  const villages = await listActiveVillages(db)
  const rows = sheet.rows.map(({ rowNumber, cells, name, documentNumber, phone, villageText, address }, i) => {
    const personVillageId = people.get(links[i].personId)?.villageId ?? ''
    const villageId = villageForRow({ villageText, personVillageId, address }, villages) ?? ''
    return { rowNumber, cells, name, documentNumber, phone, ...links[i], villageId }
  })
  const fields = {
    title: meta.title.trim(),
    source: meta.source.trim(),
    receivedOn: meta.receivedOn,
    dueOn: meta.dueOn,
    fileName: preview.fileName,
    headers: sheet.headers,
    columns: sheet.columns,
  }
  const list = await createListWithRows(db, fields, rows, actor)
  return { list, match: summarizeLinks(links), assigned: rows.filter((row) => row.villageId !== '').length }
}

/**
 * Matches a list's rows to the register again (people registered since the import are found) and places the
 * rows still without a village, as the import does. For after villages registered the people they were sent.
 */
export async function rematchCountyList(
  db: CommandPostDatabase,
  listId: string,
  actor: Actor,
): Promise<MatchSummary & { assigned: number }> {
  const match = await matchRows(db, listId, actor)
  const list = await getList(db, listId)
  if (!list) throw new ValidationError([{ field: 'list', code: 'countyList.notFound' }])
  const rows = await listAllRows(db, listId)
  const people = await linkedPeople(db, rows)
  const villages = await listActiveVillages(db)
  const cell = (row: CountyListRow, index: number | undefined) => (index === undefined ? '' : (row.cells[index] ?? ''))
  const choices = new Map<string, string>()
  for (const row of rows.filter((r) => r.villageId === '')) {
    const place = {
      villageText: cell(row, list.columns.village),
      personVillageId: people.get(row.personId)?.villageId ?? '',
      address: cell(row, list.columns.address),
    }
    const villageId = villageForRow(place, villages)
    if (villageId) choices.set(row.id, villageId)
  }
  return { ...match, assigned: await assignVillages(db, listId, choices, actor) }
}
