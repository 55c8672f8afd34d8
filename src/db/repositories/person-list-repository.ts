import type { CommandPostDatabase } from '../database'
import type { ListedPerson, PersonRow } from '../person-row'
import type { Page } from './audit-repository'
import {
  clausesOf,
  comparator,
  whole,
  type Clause,
  type PeopleQuery,
  type PeopleSort,
  type Rows,
} from './person-list-clauses'

export type { PeopleQuery, PeopleSort } from './person-list-clauses'

/** A page of people. When `exact` is false, `total` is a lower bound: show it as "1000+". */
export interface PeoplePage extends Page<ListedPerson> {
  exact: boolean
}

/**
 * Totals are exact up to this many. IndexedDB counts by walking the index (~10 µs an entry in Chromium on two
 * cores, ~1 s for 100k), so an exact total of a large result would blow the 100 ms budget by itself; the key
 * walk stops after this many and the list says "1000+". Filtering further brings exact totals back.
 */
export const COUNT_CAP = 1000

interface Window {
  offset: number
  limit: number
}

/** A page read straight from an ordered range; the total from a key walk capped at COUNT_CAP. */
async function fromRange(range: () => Rows, w: Window): Promise<PeoplePage> {
  const [items, keys] = await Promise.all([
    range().offset(w.offset).limit(w.limit).toArray(),
    range()
      .limit(COUNT_CAP + 1)
      .primaryKeys(),
  ])
  const exact = keys.length <= COUNT_CAP
  const total = exact ? keys.length : Math.max(COUNT_CAP, w.offset + items.length)
  return { items: items as ListedPerson[], total, exact }
}

/** Every match of a small clause, tested against the others and sorted here: the total is exact. */
async function fromSmallClause(small: Clause, others: Clause[], sort: PeopleSort, w: Window): Promise<PeoplePage> {
  const seen = new Set<string>()
  const rows = (await small.range().toArray()).filter(
    // A multi-entry range (text) lists a person once per matching key.
    (row) => !seen.has(row.id) && seen.add(row.id) && others.every((c) => c.test(row)),
  )
  rows.sort(comparator(sort))
  return { items: rows.slice(w.offset, w.offset + w.limit) as ListedPerson[], total: rows.length, exact: true }
}

/** How far a walk goes past a full page to improve a lower-bound total: ~20 ms of rows in Chromium. */
const WALK_BUDGET = 500

/**
 * Every filter matches more than COUNT_CAP people: walk one ordered range testing every filter on each row, until
 * the page is full and then either COUNT_CAP matches are counted or `budget` more rows were read. The page is
 * always complete; the total is exact only when the walk reached the end of the range, else a lower bound, at
 * least `atLeast` (what the probes proved).
 */
async function fromWalk(
  driver: Rows,
  clauses: Clause[],
  w: Window,
  budget: number,
  atLeast: number,
): Promise<PeoplePage> {
  const items: PersonRow[] = []
  const needed = w.offset + w.limit
  let matched = 0
  let walked = 0
  let filledAt: number | undefined
  let stopped = false
  await driver
    .until(() => {
      stopped = filledAt !== undefined && (matched > COUNT_CAP || walked - filledAt >= budget)
      return stopped
    })
    .each((row) => {
      walked++
      if (!clauses.every((c) => c.test(row))) return
      if (matched >= w.offset && matched < needed) items.push(row)
      matched++
      if (matched === needed) filledAt = walked
    })
  // Not stopped: the walk reached the end of the range, so every match was counted.
  const total = stopped ? Math.max(Math.min(matched, COUNT_CAP), atLeast, needed) : matched
  return { items: items as ListedPerson[], total, exact: !stopped }
}

/**
 * The people list, filtered, sorted and paged, read from indexes only (DESIGN: ≤ 100 ms at 100k people).
 * No filter, or one in arrival order (village, grid, risk, kind, arrival range, needs checking, and village or
 * grid with kind): the page straight from its index range. Otherwise each filter's range is probed with a key
 * walk capped at COUNT_CAP; if one is smaller, only its rows are read (walked in order, or read and sorted) and
 * the total is exact; if none is, an ordered range is walked with every filter tested on each row and the total
 * is a lower bound.
 */
export function listPeople(db: CommandPostDatabase, query: PeopleQuery): Promise<PeoplePage> {
  const sort = query.sort ?? 'arrival'
  const w: Window = { offset: Math.max(0, (query.page - 1) * query.pageSize), limit: query.pageSize }
  const clauses = clausesOf(db, query)
  return db.transaction('r', db.persons, async () => {
    if (clauses.length === 0) return fromRange(() => whole(db, sort), w)
    if (clauses.length === 1 && clauses[0].ordered && sort === 'arrival')
      return fromRange(() => clauses[0].range().reverse(), w)
    const probes = await Promise.all(
      clauses.map((c) =>
        c
          .range()
          .limit(COUNT_CAP + 1)
          .primaryKeys(),
      ),
    )
    const sized = clauses
      .map((clause, i) => ({ clause, keys: probes[i] }))
      .sort((a, b) => a.keys.length - b.keys.length || a.clause.rank - b.clause.rank)
    const [small] = sized
    // Fewer keys than the cap: the probe reached the end of the range, so this clause holds every match.
    if (small.keys.length <= COUNT_CAP) {
      // In arrival order already: walk it to the end (a cursor, no sorting), the total comes out exact.
      if (small.clause.ordered && sort === 'arrival')
        return fromWalk(small.clause.range().reverse(), clauses, w, Infinity, 0)
      return fromSmallClause(
        small.clause,
        clauses.filter((c) => c !== small.clause),
        sort,
        w,
      )
    }
    const ordered = sized.find((s) => s.clause.ordered)
    const driver = sort === 'arrival' && ordered ? ordered.clause.range().reverse() : whole(db, sort)
    // One filter alone: its probe already proved more than COUNT_CAP people match, so no walk past the page.
    if (clauses.length === 1) return fromWalk(driver, clauses, w, 0, Math.min(new Set(small.keys).size, COUNT_CAP))
    return fromWalk(driver, clauses, w, WALK_BUDGET, 0)
  })
}
