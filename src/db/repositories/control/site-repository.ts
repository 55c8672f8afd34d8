import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import type { QuarantineSite, SiteInput } from '@/domain/control/site'
import type { CommandPostDatabase } from '../../database'
import { note, writeWithAudit } from '../../write'

/** Sites in use (not retired), by name. */
export async function listSites(db: CommandPostDatabase): Promise<QuarantineSite[]> {
  const all = await db.sites.toArray()
  return all.filter((s) => !s.retiredAt).sort((a, b) => a.name.localeCompare(b.name, 'zh'))
}

/** For each site, the room ids occupied now (one entry per occupant). */
export async function occupiedRooms(db: CommandPostDatabase): Promise<Map<string, string[]>> {
  const inRooms = await db.measures.where('roomId').above('').toArray()
  const bySite = new Map<string, string[]>()
  for (const m of inRooms) bySite.set(m.siteId, [...(bySite.get(m.siteId) ?? []), m.roomId])
  return bySite
}

/** Adds a site with its rooms (already checked by siteProblems). */
export function createSite(db: CommandPostDatabase, input: SiteInput, actor: Actor): Promise<QuarantineSite> {
  return writeWithAudit(db, actor, [db.sites], async (ctx) => {
    const site: QuarantineSite = { ...input, id: newId('sit', ctx.now), ...ctx.stampNew() }
    await db.sites.add(site)
    await ctx.audit(note('create', 'site', site.id, site.name))
    return site
  })
}

/** Saves a site's details and rooms; a room with someone in it cannot be removed. */
export function updateSite(
  db: CommandPostDatabase,
  id: string,
  input: SiteInput,
  actor: Actor,
): Promise<QuarantineSite> {
  return writeWithAudit(db, actor, [db.sites, db.measures], async (ctx) => {
    const before = await db.sites.get(id)
    if (!before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const kept = new Set(input.rooms.map((r) => r.id))
    const occupied = (await occupiedRooms(db)).get(id) ?? []
    const lost = before.rooms.find((r) => !kept.has(r.id) && occupied.includes(r.id))
    if (lost)
      throw new ValidationError([{ field: 'rooms', code: 'site.roomOccupied', params: { number: lost.number } }])
    const after: QuarantineSite = { ...before, ...input, updatedAt: ctx.now, updatedBy: actor.id }
    await db.sites.put(after)
    await ctx.audit(note('update', 'site', id, after.name))
    return after
  })
}

/** Sets (or, with undefined, clears) a site's place on the map, with its audit line. */
export function setSiteLocation(
  db: CommandPostDatabase,
  id: string,
  location: [number, number] | undefined,
  actor: Actor,
): Promise<QuarantineSite> {
  return writeWithAudit(db, actor, [db.sites], async (ctx) => {
    const before = await db.sites.get(id)
    if (!before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const after: QuarantineSite = { ...before, updatedAt: ctx.now, updatedBy: actor.id }
    if (location) after.location = location
    else delete after.location
    await db.sites.put(after)
    const where = location ? `${location[0].toFixed(5)}, ${location[1].toFixed(5)}` : '—'
    await ctx.audit(note('update', 'site', id, `${after.name} 地图位置 ${where}`))
    return after
  })
}
