import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import type { ControlMeasure } from '@/domain/control/measure'
import type { NucleicTest } from '@/domain/control/nucleic-test'
import type { CommandPostDatabase } from '../../database'
import { note, writeWithAudit, type WriteContext } from '../../write'

/** A measure's fields before it is stored. */
export type MeasureFields = Omit<ControlMeasure, 'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>

/** The measures list's filters and page. */
export interface MeasureQuery {
  status: 'active' | 'released'
  villageId?: string
  page: number
  pageSize: number
}

/** One page of measures, latest start first, with the total. */
export interface MeasurePage {
  items: ControlMeasure[]
  total: number
}

/** One measure by id. */
export function getMeasure(db: CommandPostDatabase, id: string): Promise<ControlMeasure | undefined> {
  return db.measures.get(id)
}

/** A person's measures, latest start first. */
export async function measuresOfPerson(db: CommandPostDatabase, personId: string): Promise<ControlMeasure[]> {
  const all = await db.measures.where('personId').equals(personId).toArray()
  return all.sort((a, b) => b.startDate.localeCompare(a.startDate))
}

/** Active (or released) measures, optionally of one village, a page at a time. */
export async function listMeasures(db: CommandPostDatabase, query: MeasureQuery): Promise<MeasurePage> {
  const collection = query.villageId
    ? db.measures.where('[villageId+status]').equals([query.villageId, query.status])
    : db.measures.where('status').equals(query.status)
  const all = await collection.toArray()
  all.sort((a, b) => b.startDate.localeCompare(a.startDate) || b.id.localeCompare(a.id))
  const from = (query.page - 1) * query.pageSize
  return { items: all.slice(from, from + query.pageSize), total: all.length }
}

/** Every active measure. */
export function activeMeasures(db: CommandPostDatabase): Promise<ControlMeasure[]> {
  return db.measures.where('status').equals('active').toArray()
}

/** How many measures are active. */
export function countActive(db: CommandPostDatabase): Promise<number> {
  return db.measures.where('status').equals('active').count()
}

/** Active measures whose planned end is the date. */
export function activeEndingOn(db: CommandPostDatabase, date: LocalDate): Promise<ControlMeasure[]> {
  return db.measures.where('[status+plannedEnd]').equals(['active', date]).toArray()
}

/** Active measures last seen before the date (never seen: '' sorts first). */
export function activeNotSeenSince(db: CommandPostDatabase, date: LocalDate): Promise<ControlMeasure[]> {
  return db.measures.where('[status+lastSeenOn]').between(['active', ''], ['active', date]).toArray()
}

/** How many people occupy a room now. */
export function roomOccupants(db: CommandPostDatabase, roomId: string): Promise<ControlMeasure[]> {
  return db.measures.where('roomId').equals(roomId).toArray()
}

// Room ids are unique per site only: an occupant counts when both the site and the room match.
async function requireRoomSpace(db: CommandPostDatabase, measure: ControlMeasure, previous?: ControlMeasure) {
  if (!measure.roomId || (previous?.roomId === measure.roomId && previous.siteId === measure.siteId)) return
  const site = await db.sites.get(measure.siteId)
  const room = site?.rooms.find((r) => r.id === measure.roomId)
  if (!site || !room) throw new ValidationError([{ field: 'roomId', code: 'measure.noSuchRoom' }])
  const inRoom = (await roomOccupants(db, room.id)).filter((m) => m.siteId === site.id && m.id !== measure.id)
  if (inRoom.length >= room.capacity)
    throw new ValidationError([
      { field: 'roomId', code: 'measure.roomFull', params: { room: room.number, capacity: room.capacity } },
    ])
}

// The scheduled (not yet sampled) tests follow the measure's test days; recorded results are never touched.
async function syncTests(ctx: WriteContext, measure: ControlMeasure): Promise<void> {
  const { db } = ctx
  const tests = await db.nucleicTests.where('measureId').equals(measure.id).toArray()
  const wanted = new Set(measure.status === 'active' ? measure.testDates : [])
  const stale = tests.filter((t) => t.result === 'scheduled' && !wanted.has(t.dueOn)).map((t) => t.id)
  if (stale.length) await db.nucleicTests.bulkDelete(stale)
  const have = new Set(tests.map((t) => t.dueOn))
  const added: NucleicTest[] = [...wanted]
    .filter((d) => !have.has(d))
    .map((dueOn) => ({
      id: newId('nat', ctx.now),
      measureId: measure.id,
      personId: measure.personId,
      villageId: measure.villageId,
      personName: measure.personName,
      dueOn,
      result: 'scheduled',
      sampledOn: '',
      openDue: dueOn,
      ...ctx.stampNew(),
    }))
  if (added.length) await db.nucleicTests.bulkAdd(added)
}

/**
 * Stores a new measure, its test appointments and its audit line in one transaction. A room must exist and
 * have a free place; a person already under an active measure for the episode is refused.
 */
export function createMeasure(db: CommandPostDatabase, fields: MeasureFields, actor: Actor): Promise<ControlMeasure> {
  return writeWithAudit(db, actor, [db.measures, db.sites, db.nucleicTests], async (ctx) => {
    const open = (await db.measures.where('personId').equals(fields.personId).toArray()).find(
      (m) => m.status === 'active' && m.episodeId === fields.episodeId,
    )
    if (open) throw new ValidationError([{ field: 'episodeId', code: 'measure.alreadyActive' }])
    const measure: ControlMeasure = { ...fields, id: newId('msr', ctx.now), ...ctx.stampNew() }
    await requireRoomSpace(db, measure)
    await db.measures.add(measure)
    await syncTests(ctx, measure)
    await ctx.audit(note('create', 'measure', measure.id, `${measure.personName} · ${measure.packName}`))
    return measure
  })
}

/**
 * Saves a changed measure (extend, shorten, transfer, release) built by the domain from `expected`: refused when
 * someone else changed it meanwhile; the room it enters must have space; scheduled tests follow the new dates.
 */
export function saveMeasureChange(
  db: CommandPostDatabase,
  expected: ControlMeasure,
  next: ControlMeasure,
  actor: Actor,
): Promise<ControlMeasure> {
  return writeWithAudit(db, actor, [db.measures, db.sites, db.nucleicTests], async (ctx) => {
    const stored = await db.measures.get(next.id)
    if (!stored) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    if (stored.updatedAt !== expected.updatedAt)
      throw new ValidationError([{ field: 'id', code: 'measure.changedMeanwhile' }])
    await requireRoomSpace(db, next, stored)
    const after: ControlMeasure = { ...next, updatedAt: ctx.now, updatedBy: actor.id }
    await db.measures.put(after)
    await syncTests(ctx, after)
    const last = after.history[after.history.length - 1]
    await ctx.audit(note('update', 'measure', after.id, `${after.personName} · ${last.kind} ${last.detail}`.trim()))
    return after
  })
}

/** Measures by id (missing ones left out). */
export async function getMeasures(db: CommandPostDatabase, ids: string[]): Promise<ControlMeasure[]> {
  return (await db.measures.bulkGet(ids)).filter((m): m is ControlMeasure => m !== undefined)
}

/** A village's active (or released) measures. */
export function measuresOfVillage(
  db: CommandPostDatabase,
  villageId: string,
  status: ControlMeasure['status'],
): Promise<ControlMeasure[]> {
  return db.measures.where('[villageId+status]').equals([villageId, status]).toArray()
}
