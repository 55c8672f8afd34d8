import { describe, expect, it } from 'vitest'
import { occupancy, roomRange, siteProblems } from '@/domain/control/site'

describe('quarantine sites', () => {
  it('builds a range of rooms and counts occupancy per room', () => {
    const rooms = roomRange(101, 3, 2)
    expect(rooms.map((r) => r.number)).toEqual(['101', '102', '103'])
    const site = {
      id: 's',
      name: '县宾馆',
      address: '',
      contact: '',
      rooms,
      createdAt: 1,
      createdBy: '',
      updatedAt: 1,
      updatedBy: '',
    }
    expect(occupancy(site, ['r101', 'r101', 'r103']).map((r) => [r.room.number, r.occupants, r.free])).toEqual([
      ['101', 2, 0],
      ['102', 0, 2],
      ['103', 1, 1],
    ])
  })

  it('refuses no name, no rooms, a repeated room number and a capacity of 0', () => {
    expect(siteProblems({ name: ' ', address: '', contact: '', rooms: [] }).map((p) => p.code)).toEqual([
      'required',
      'site.noRooms',
    ])
    const rooms = [
      { id: 'a', number: '1', capacity: 1 },
      { id: 'b', number: '1', capacity: 0 },
    ]
    expect(siteProblems({ name: 'x', address: '', contact: '', rooms }).map((p) => p.code)).toEqual([
      'site.roomTwice',
      'site.capacity',
    ])
  })
})
