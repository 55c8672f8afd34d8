import type { Problem } from '../common/result'
import type { Retirable, Stamped } from '../common/entity'

/** A room of a site, with how many people it takes. */
export interface SiteRoom {
  /** Unique within the site, e.g. `r3` (generated). */
  id: string
  /** 房间号 as painted on the door. */
  number: string
  capacity: number
}

/** 集中隔离点: a hotel or centre with rooms. */
export interface QuarantineSite extends Stamped, Retirable {
  /** `sit_<ulid>` */
  id: string
  name: string
  address: string
  /** 联系人及电话 */
  contact: string
  rooms: SiteRoom[]
  /** Where it is on the risk map: WGS-84 `[longitude, latitude]` (optional; set on the map). */
  location?: [number, number]
}

/** The site form: name, address, contact, rooms. */
export type SiteInput = Pick<QuarantineSite, 'name' | 'address' | 'contact' | 'rooms'>

/** A name, at least one room, room numbers unique, capacities 1–10. */
export function siteProblems(input: SiteInput): Problem[] {
  const problems: Problem[] = []
  if (input.name.trim() === '') problems.push({ field: 'name', code: 'required' })
  if (input.rooms.length === 0) problems.push({ field: 'rooms', code: 'site.noRooms' })
  const seen = new Set<string>()
  for (const room of input.rooms) {
    const number = room.number.trim()
    if (number === '') problems.push({ field: 'rooms', code: 'site.roomNumber' })
    else if (seen.has(number)) problems.push({ field: 'rooms', code: 'site.roomTwice', params: { number } })
    seen.add(number)
    if (!Number.isInteger(room.capacity) || room.capacity < 1 || room.capacity > 10)
      problems.push({ field: 'rooms', code: 'site.capacity', params: { number } })
  }
  return problems
}

/** Rooms from a range such as 101–120: `count` rooms numbered from `first`, each for `capacity` people. */
export function roomRange(first: number, count: number, capacity: number): SiteRoom[] {
  return Array.from({ length: count }, (_, i) => ({ id: `r${first + i}`, number: String(first + i), capacity }))
}

/** Occupancy of each room: how many people are in it now, and how many places are free. */
export interface RoomOccupancy {
  room: SiteRoom
  occupants: number
  free: number
}

/** Each room with its occupants counted from the measures' current rooms. */
export function occupancy(site: QuarantineSite, occupiedRoomIds: readonly string[]): RoomOccupancy[] {
  const counts = new Map<string, number>()
  for (const id of occupiedRoomIds) counts.set(id, (counts.get(id) ?? 0) + 1)
  return site.rooms.map((room) => {
    const occupants = counts.get(room.id) ?? 0
    return { room, occupants, free: Math.max(0, room.capacity - occupants) }
  })
}
