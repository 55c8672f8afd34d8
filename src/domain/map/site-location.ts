import type { Problem } from '../common/result'
import { toStoredSystem, type CoordinateSystem, type LonLat } from './coordinates'
import { insideChina } from './geometry'
import { parseDegrees } from './point-rows'

/** A typed location read: the stored (WGS-84) point, or the problems. */
export interface ReadLocation {
  location?: LonLat
  problems: Problem[]
}

/**
 * Reads a location as typed or picked (decimal degrees or degrees-minutes-seconds, in the declared system) and
 * converts it to the stored system. Outside China is refused; swapped longitude and latitude are named as such.
 */
export function readSiteLocation(lonText: string, latText: string, system: CoordinateSystem): ReadLocation {
  const lon = parseDegrees(lonText)
  const lat = parseDegrees(latText)
  if (!Number.isFinite(lon) || !Number.isFinite(lat))
    return { problems: [{ field: 'location', code: 'siteLocation.unreadable' }] }
  if (!insideChina([lon, lat]))
    return {
      problems: [
        { field: 'location', code: insideChina([lat, lon]) ? 'siteLocation.swapped' : 'siteLocation.outside' },
      ],
    }
  const [x, y] = toStoredSystem([lon, lat], system)
  return { location: [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6], problems: [] }
}
