import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { occupancy, siteProblems, type QuarantineSite, type RoomOccupancy, type SiteInput } from '@/domain/control/site'
import type { CommandPostDatabase } from '@/db/database'
import { createSite, listSites, occupiedRooms, updateSite } from '@/db/repositories/control/site-repository'

/** Saves a site (new when `id` is undefined) after checking name and rooms. */
export function saveSite(
  db: CommandPostDatabase,
  id: string | undefined,
  input: SiteInput,
  actor: Actor,
): Promise<QuarantineSite> {
  const clean: SiteInput = {
    name: input.name.trim(),
    address: input.address.trim(),
    contact: input.contact.trim(),
    rooms: input.rooms.map((r) => ({ ...r, number: r.number.trim() })),
  }
  const problems = siteProblems(clean)
  if (problems.length) throw new ValidationError(problems)
  return id ? updateSite(db, id, clean, actor) : createSite(db, clean, actor)
}

/** A site with each room's occupancy and its totals. */
export interface SiteStatus {
  site: QuarantineSite
  rooms: RoomOccupancy[]
  capacity: number
  occupants: number
  freeRooms: number
}

/** Every site with who-is-where counts: free rooms at a glance. */
export async function siteStatuses(db: CommandPostDatabase): Promise<SiteStatus[]> {
  const [sites, occupied] = await Promise.all([listSites(db), occupiedRooms(db)])
  return sites.map((site) => {
    const rooms = occupancy(site, occupied.get(site.id) ?? [])
    return {
      site,
      rooms,
      capacity: rooms.reduce((s, r) => s + r.room.capacity, 0),
      occupants: rooms.reduce((s, r) => s + r.occupants, 0),
      freeRooms: rooms.filter((r) => r.occupants === 0).length,
    }
  })
}
