import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import { roomRange } from '@/domain/control/site'
import { openDatabase, type CommandPostDatabase } from '@/db/database'
import { saveSite, siteStatuses } from '@/services/control/site-service'
import { placeSite } from '@/services/map/site-location-service'

const ADMIN: Actor = { id: 'usr_admin', name: '管理员' }
let db: CommandPostDatabase
let siteId: string

beforeEach(async () => {
  db = await openDatabase(`test-${crypto.randomUUID()}`)
  const rooms = roomRange(1, 2, 1)
  siteId = (await saveSite(db, undefined, { name: '县宾馆', address: '', contact: '', rooms }, ADMIN)).id
})
afterEach(async () => {
  await db.delete()
})

describe('placing a quarantine site on the map', () => {
  it('stores typed coordinates in WGS-84 on the site, with an audit line, and takes them off again', async () => {
    await placeSite(db, siteId, '103.0123', '30.1', 'wgs84', ADMIN, 'admin')
    expect((await siteStatuses(db))[0].site.location).toEqual([103.0123, 30.1])
    const audit = await db.audit.where('[entity+entityId]').equals(['site', siteId]).toArray()
    expect(audit.map((a) => a.summary)).toContain('县宾馆 地图位置 103.01230, 30.10000')
    // A later edit of the site on the sites screen keeps its place.
    await saveSite(db, siteId, { name: '县宾馆', address: '北街 1 号', contact: '', rooms: roomRange(1, 2, 1) }, ADMIN)
    expect((await siteStatuses(db))[0].site.location).toEqual([103.0123, 30.1])
    await placeSite(db, siteId, '', '', 'wgs84', ADMIN, 'admin')
    expect((await siteStatuses(db))[0].site.location).toBeUndefined()
  })

  it('refuses swapped coordinates and a role that may not edit the map, saving nothing', async () => {
    await expect(placeSite(db, siteId, '30.1', '103.0', 'wgs84', ADMIN, 'admin')).rejects.toMatchObject({
      problems: [{ code: 'siteLocation.swapped' }],
    })
    await expect(placeSite(db, siteId, '103', '30', 'wgs84', ADMIN, 'duty')).rejects.toMatchObject({
      problems: [{ code: 'mapImport.forbidden' }],
    })
    expect((await siteStatuses(db))[0].site.location).toBeUndefined()
  })
})
