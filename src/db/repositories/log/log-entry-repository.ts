import type { Actor } from '@/domain/accounts/user'
import type { Instant } from '@/domain/common/entity'
import { newId } from '@/domain/common/ids'
import { entryHash, GENESIS_HASH, type ChainedFields } from '@/domain/log/log-chain'
import { linkKeysOf, type LogEntry, type LogEntryInput } from '@/domain/log/log-entry'
import type { CommandPostDatabase } from '../../database'
import { note, writeWithAudit, type WriteContext } from '../../write'

/** The tables an append touches (besides audit): use them in any transaction that appends. */
export function logTables(db: CommandPostDatabase) {
  return [db.logEntries, db.logHead]
}

/**
 * Appends one entry inside an open write (its transaction must include {@link logTables}): reads the chain head,
 * hashes the entry synchronously, writes it, moves the head and writes the audit line. Input is validated
 * upstream; `occurredAt` and `enteredAt` default to the write's time.
 */
export async function appendInWrite(ctx: WriteContext, input: LogEntryInput): Promise<LogEntry> {
  const { db, actor, now } = ctx
  const head = await db.logHead.get('head')
  const links = input.links ?? []
  const fields: ChainedFields = {
    id: newId('log', now),
    seq: (head?.seq ?? 0) + 1,
    kind: input.kind,
    occurredAt: input.occurredAt ?? now,
    enteredAt: input.enteredAt ?? now,
    authorId: actor.id,
    authorName: actor.name,
    counterpart: input.counterpart?.trim() ?? '',
    phone: input.phone?.trim() ?? '',
    villageId: input.villageId ?? '',
    content: input.content.trim(),
    handling: input.handling?.trim() ?? '',
    corrects: input.corrects ?? '',
    links,
    prevHash: head?.hash ?? GENESIS_HASH,
  }
  const entry: LogEntry = { ...fields, linkKeys: linkKeysOf(links, fields.corrects), hash: entryHash(fields) }
  await db.logEntries.add(entry)
  await db.logHead.put({ id: 'head', seq: entry.seq, hash: entry.hash })
  await ctx.audit(note('create', 'logEntry', entry.id, `#${entry.seq} ${entry.content.slice(0, 40)}`))
  return entry
}

/** Appends one entry in its own transaction. */
export function appendEntry(db: CommandPostDatabase, actor: Actor, input: LogEntryInput): Promise<LogEntry> {
  return writeWithAudit(db, actor, logTables(db), (ctx) => appendInWrite(ctx, input))
}

/** Entries that happened in [from, to), oldest first. */
export function entriesOccurredBetween(db: CommandPostDatabase, from: Instant, to: Instant): Promise<LogEntry[]> {
  return db.logEntries.where('occurredAt').between(from, to, true, false).toArray()
}

/** Entries linked to a person, order or incident, oldest first. */
export async function entriesLinkedTo(db: CommandPostDatabase, type: string, id: string): Promise<LogEntry[]> {
  const entries = await db.logEntries.where('linkKeys').equals(`${type}:${id}`).toArray()
  return entries.sort((a, b) => a.occurredAt - b.occurredAt || a.seq - b.seq)
}

/** Entries by id (those that exist). */
export async function entriesByIds(db: CommandPostDatabase, ids: string[]): Promise<LogEntry[]> {
  return (await db.logEntries.bulkGet(ids)).filter((e): e is LogEntry => e !== undefined)
}

/** Entries that correct any of these ids. Correction entries are rare, so this reads them by link key. */
export function correctionsOf(db: CommandPostDatabase, ids: string[]): Promise<LogEntry[]> {
  return db.logEntries
    .where('linkKeys')
    .anyOf(ids.map((id) => `corrects:${id}`))
    .toArray()
}

/** The chain's recorded head, if any entry was ever written. */
export function chainHead(db: CommandPostDatabase) {
  return db.logHead.get('head')
}

/**
 * Reads the whole chain in `seq` order, `pageSize` entries at a time (one read transaction each), handing each
 * page to `visit`; between pages the page's thread is free, so a long check does not freeze the screen.
 */
export async function walkChain(
  db: CommandPostDatabase,
  visit: (entries: LogEntry[]) => void | Promise<void>,
  pageSize = 5000,
  after = 0,
): Promise<void> {
  const read = (from: number) => db.logEntries.where('seq').above(from).limit(pageSize).toArray()
  let page = await read(after)
  while (page.length) {
    // Ask for the next page before checking this one, so IndexedDB reads while the page's thread hashes.
    const next = page.length === pageSize ? read(page[page.length - 1].seq) : Promise.resolve([])
    await visit(page)
    page = await next
  }
}
