import { can, type Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import type { QuarantineSite } from '@/domain/control/site'
import type { CoordinateSystem } from '@/domain/map/coordinates'
import { readSiteLocation } from '@/domain/map/site-location'
import type { CommandPostDatabase } from '@/db/database'
import { setSiteLocation } from '@/db/repositories/control/site-repository'

/**
 * Puts a quarantine site on the map from typed (or picked) coordinates in the declared system, or takes it off
 * (both texts empty). Who may edit the map's geometry may place sites.
 */
export async function placeSite(
  db: CommandPostDatabase,
  siteId: string,
  lonText: string,
  latText: string,
  system: CoordinateSystem,
  actor: Actor,
  role: Role,
): Promise<QuarantineSite> {
  if (!can(role, 'map.editGeometry')) throw new ValidationError([{ field: 'location', code: 'mapImport.forbidden' }])
  if (lonText.trim() === '' && latText.trim() === '') return setSiteLocation(db, siteId, undefined, actor)
  const read = readSiteLocation(lonText, latText, system)
  if (!read.location) throw new ValidationError(read.problems)
  return setSiteLocation(db, siteId, read.location, actor)
}
