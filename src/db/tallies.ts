import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie'
import type { LocalDate } from '@/domain/common/entity'
import { dayOf } from '@/domain/figures/figure-window'

// Maintained counters (docs/figures.md): how many episodes there are of each category (v20), how many of each
// category were registered on each local day (v23), how many person rows there are and how many listed people
// each village has (v24), kept in the `tallies` table by a Dexie middleware in the SAME transaction as the write
// that changes them, whichever code path writes (a form, an import, a merge, a pack restored, a wipe). IndexedDB
// has no stored count: counting 150k index entries walks them, about a second on the command-post PC (a day's 30k
// registrations, a quarter of a second), where reading one tally row is instant.

/** One counter: the rows of a register holding one value (see {@link tallyKey}, {@link registrationDayKey}). */
export interface TallyRow {
  /** `<table>.<field>:<value>`, see {@link tallyKey}. */
  key: string
  count: number
}

/** The name of the counters' table. */
export const TALLIES_TABLE = 'tallies'

/** The key of the counter of `table`'s rows whose `field` is `value`. */
export function tallyKey(table: string, field: string, value: unknown): string {
  return `${table}.${field}:${String(value)}`
}

/** The start of every key {@link registrationDayKey} makes. */
export const REGISTRATION_DAY_PREFIX = tallyKey('episodes', 'kindDay', '')

/** The key of the counter of episodes of a category registered on a (local) day (v23). */
export function registrationDayKey(kind: string, day: LocalDate): string {
  return `${REGISTRATION_DAY_PREFIX}${kind}|${day}`
}

/** The day counter an episode counts in: its category on the local day it was registered (v23). */
export function episodeDayKey(episode: { kind?: unknown; createdAt?: unknown }): string {
  return registrationDayKey(String(episode.kind), dayOf(Number(episode.createdAt)))
}

/** The counters a row moves: its category's (v20) and its category's on the day it was registered (v23). */
function episodeTallies(row: Record<string, unknown>): string[] {
  return [tallyKey('episodes', 'kind', row.kind), episodeDayKey(row)]
}

/** The start of every key {@link villagePeopleKey} makes. */
export const VILLAGE_PEOPLE_PREFIX = tallyKey('persons', 'village', '')

/** The key of the counter of a village's listed people (v24; `''`: people with no village). */
export function villagePeopleKey(villageId: string): string {
  return `${VILLAGE_PEOPLE_PREFIX}${villageId}`
}

/** The key of the counter of every person's row, listed or not (v24: the register's fingerprint). */
export const PERSON_ROWS_KEY = tallyKey('persons', 'rows', 'all')

/** The prefix of the episodes' category counters (v20), whose sum is the number of episodes. */
export const EPISODE_KIND_PREFIX = tallyKey('episodes', 'kind', '')

/**
 * The counters a person's row moves (v24): every row's, and its village's when the person is listed (carries the
 * list fields, as the `[villageId+latestArrival]` index holds it); a retired or merged person counts in no village.
 */
export function personTallies(row: Record<string, unknown>): string[] {
  return row.latestArrival === undefined
    ? [PERSON_ROWS_KEY]
    : [PERSON_ROWS_KEY, villagePeopleKey(String(row.villageId))]
}

/** The registers counted, and the counters each row of them moves. */
export const TALLIED: Readonly<Record<string, (row: Record<string, unknown>) => string[]>> = {
  episodes: episodeTallies,
  persons: personTallies,
}

type Deltas = Map<string, number>

function countInto(
  deltas: Deltas,
  keysOf: (row: Record<string, unknown>) => string[],
  rows: readonly unknown[],
  sign: 1 | -1,
): void {
  for (const row of rows) {
    if (row === undefined || row === null) continue
    for (const key of keysOf(row as Record<string, unknown>)) deltas.set(key, (deltas.get(key) ?? 0) + sign)
  }
}

function storesOf(trans: DBCoreTransaction): DOMStringList | undefined {
  return (trans as unknown as IDBTransaction).objectStoreNames
}

// Read-modify-write of one tally must not interleave with another's in the same transaction (two bulkAdds sent
// together would each read the old count): each transaction's updates run one after the other.
//
// No async/await below: the Dexie middlewares under this one read the transaction from Dexie's zone, which
// `.then` on Dexie's promises carries and a native await drops.
const queues = new WeakMap<object, PromiseLike<unknown>>()

function applyDeltas(tallies: DBCoreTable, trans: DBCoreTransaction, deltas: Deltas): PromiseLike<void> {
  const keys = [...deltas.keys()].filter((k) => deltas.get(k) !== 0)
  if (keys.length === 0) return Dexie.Promise.resolve()
  const previous = queues.get(trans) ?? Dexie.Promise.resolve()
  const next = previous.then(() =>
    tallies.getMany({ trans, keys }).then((rows: (TallyRow | undefined)[]) => {
      const values = keys.map((key, i) => ({ key, count: (rows[i]?.count ?? 0) + deltas.get(key)! }))
      return tallies.mutate({ trans, type: 'put', values }).then(() => undefined)
    }),
  )
  queues.set(
    trans,
    next.then(undefined, () => undefined),
  )
  return next
}

function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): PromiseLike<unknown[]> {
  const { trans } = req
  if (req.type === 'add') return Dexie.Promise.resolve([])
  if (req.type === 'deleteRange')
    return table
      .query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })
      .then((r) => r.result)
  const keys =
    req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v)))
  return table.getMany({ trans, keys })
}

function succeeded<T>(values: readonly T[], response: DBCoreMutateResponse): T[] {
  if (response.numFailures === 0) return [...values]
  return values.filter((_, i) => !(i in response.failures))
}

function deltasOf(
  keysOf: (row: Record<string, unknown>) => string[],
  req: DBCoreMutateRequest,
  before: unknown[],
  response: DBCoreMutateResponse,
): Deltas {
  const deltas: Deltas = new Map()
  if (req.type === 'add' || req.type === 'put') {
    // A put replacing a row moves it from its old value's counter to its new one; failed rows move nothing.
    const done = new Set(succeeded(req.values, response))
    const replaced = before.filter((_, i) => done.has(req.values[i]))
    countInto(deltas, keysOf, replaced, -1)
    countInto(deltas, keysOf, [...done], 1)
  } else countInto(deltas, keysOf, before, -1)
  return deltas
}

function talliedTable(
  down: DBCoreTable,
  tallies: () => DBCoreTable,
  keysOf: (row: Record<string, unknown>) => string[],
): DBCoreTable {
  return {
    ...down,
    mutate(req) {
      // Before v20's upgrade step (an older version's upgrade writing rows) there is no table to count into:
      // v20's upgrade counts every row there is.
      if (!storesOf(req.trans)?.contains(TALLIES_TABLE)) return down.mutate(req)
      return rowsBefore(down, req).then((before) =>
        down
          .mutate(req)
          .then((response) =>
            applyDeltas(tallies(), req.trans, deltasOf(keysOf, req, before, response)).then(() => response),
          ),
      ) as Promise<DBCoreMutateResponse>
    },
  }
}

/**
 * The middleware keeping `tallies` (see {@link TALLIED}): every read-write transaction over a counted
 * register also takes the tallies table, and every add, put or delete of the register's rows moves the counters
 * of the values it adds or removes before it returns — so they commit, or roll back, with the rows.
 */
export const tallyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'Tallies',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const counted = mode === 'readwrite' && stores.some((s) => Object.hasOwn(TALLIED, s))
        const withTallies =
          counted && !stores.includes(TALLIES_TABLE) && down.schema.tables.some((t) => t.name === TALLIES_TABLE)
        return down.transaction(withTallies ? [...stores, TALLIES_TABLE] : stores, mode, options)
      },
      table(name) {
        const table = down.table(name)
        const keysOf = Object.hasOwn(TALLIED, name) ? TALLIED[name] : undefined
        return keysOf ? talliedTable(table, () => down.table(TALLIES_TABLE), keysOf) : table
      },
    }
  },
}
