import type { Collection, InsertType } from 'dexie'
import type { LocalDate } from '@/domain/common/entity'
import type { EpisodeKind, RiskLevel } from '@/domain/person/person'
import type { CommandPostDatabase } from '../database'
import { kindKeyPrefix, normalizeSearchText, searchPrefixesOf, type KindScope, type PersonRow } from '../person-row'

/** Orders of the people list: latest arrival first (the default), or by name in pinyin order. */
export type PeopleSort = 'arrival' | 'name'

/**
 * Filters of the people list; an absent field does not filter. `villageId: ''` and `gridId: ''` mean "not yet
 * assigned" (the stored value), so a cleared select must send undefined, not ''. Kind matches any of a person's
 * episodes; risk and the arrival range match the latest episode (what the row shows; an episode without an
 * arrival date counts from the day it was registered).
 */
export interface PeopleQuery {
  villageId?: string
  gridId?: string
  kind?: EpisodeKind
  risk?: RiskLevel
  /** `YYYY-MM-DD`, inclusive. */
  arrivalFrom?: LocalDate
  /** `YYYY-MM-DD`, inclusive. */
  arrivalTo?: LocalDate
  needsChecking?: boolean
  /** Prefix of the name, its pinyin initials, the document number or a phone, or (3 or more) trailing digits of a number. */
  text?: string
  sort?: PeopleSort
  page: number
  pageSize: number
}

/** A range of person rows, as Dexie types it. */
export type Rows = Collection<PersonRow, string, InsertType<PersonRow, 'id'>>

/** One filter as an index range, plus the same condition on a row (for when another filter drives the query). */
export interface Clause {
  range: () => Rows
  /** The range comes out in latestArrival order. */
  ordered: boolean
  test: (row: PersonRow) => boolean
  /** When every filter matches more than COUNT_CAP people: lower walks first (a guess at selectivity). */
  rank: number
}

const LOW = ''
const HIGH = '\uffff'

function kindClause(db: CommandPostDatabase, q: PeopleQuery, kind: EpisodeKind, from: string, to: string): Clause {
  // Folded into the village filter when there is one: one ordered range instead of two to intersect. A grid
  // filter stays its own range ([gridId+latestArrival]) and the planner walks whichever is smaller.
  const scope: KindScope = q.villageId !== undefined ? { villageId: q.villageId } : 'all'
  const prefix = kindKeyPrefix(kind, scope)
  return {
    range: () => db.persons.where('kindKeys').between(prefix + from, prefix + to, true, true),
    ordered: true,
    test: (row) =>
      row.kindKeys?.some(
        (key) => key.startsWith(prefix) && key.slice(prefix.length) >= from && key.slice(prefix.length) <= to,
      ) ?? false,
    rank: scope === 'all' ? 5 : 1,
  }
}

/**
 * The index range and row test of each filter the query sets. The arrival range folds into every ordered range,
 * the kind into the grid or village range, so the common combinations are a single range.
 */
export function clausesOf(db: CommandPostDatabase, q: PeopleQuery): Clause[] {
  const from = q.arrivalFrom || LOW
  const to = q.arrivalTo || HIGH
  const inRange = (row: PersonRow) =>
    row.latestArrival !== undefined && row.latestArrival >= from && row.latestArrival <= to
  const byArrival = (field: string, value: string | number, rank: number, test: (row: PersonRow) => boolean) => ({
    range: () => db.persons.where(`[${field}+latestArrival]`).between([value, from], [value, to], true, true),
    ordered: true,
    test: (row: PersonRow) => test(row) && inRange(row),
    rank,
  })
  const clauses: Clause[] = []
  const text = normalizeSearchText(q.text ?? '')
  if (text !== '') {
    const prefixes = searchPrefixesOf(text)
    clauses.push({
      range: () => db.persons.where('searchKeys').startsWithAnyOf(prefixes),
      ordered: false,
      test: (row) => row.searchKeys?.some((key) => prefixes.some((prefix) => key.startsWith(prefix))) ?? false,
      rank: 0,
    })
  }
  if (q.kind) clauses.push(kindClause(db, q, q.kind, from, to))
  if (q.gridId !== undefined) clauses.push(byArrival('gridId', q.gridId, 2, (r) => r.gridId === q.gridId))
  if (q.needsChecking) clauses.push(byArrival('needsChecking', 1, 2, (r) => r.needsChecking === 1))
  // The village is its own filter unless the kind folded into it.
  if (q.villageId !== undefined && !q.kind)
    clauses.push(byArrival('villageId', q.villageId, 3, (r) => r.villageId === q.villageId))
  if (q.risk) clauses.push(byArrival('latestRisk', q.risk, 4, (r) => r.latestRisk === q.risk))
  if ((q.arrivalFrom || q.arrivalTo) && !clauses.some((c) => c.ordered))
    clauses.push({
      range: () => db.persons.where('latestArrival').between(from, to, true, true),
      ordered: true,
      test: inRange,
      rank: 6,
    })
  return clauses
}

/**
 * The order of a list in memory, the same as the indexes give. Arrival: latest first, ties newest id first (the
 * index order reversed). Name: pinyin order, ties by id.
 */
export function comparator(sort: PeopleSort): (a: PersonRow, b: PersonRow) => number {
  const key = (row: PersonRow) => (sort === 'name' ? row.nameOrder : row.latestArrival) ?? ''
  const direction = sort === 'name' ? 1 : -1
  return (a, b) => {
    const ka = key(a)
    const kb = key(b)
    if (ka !== kb) return ka < kb ? -direction : direction
    return a.id === b.id ? 0 : a.id < b.id ? -direction : direction
  }
}

/** Every listed person, in the list's order. */
export function whole(db: CommandPostDatabase, sort: PeopleSort): Rows {
  return sort === 'name' ? db.persons.orderBy('nameOrder') : db.persons.orderBy('latestArrival').reverse()
}
