import { describe, expect, it } from 'vitest'
import { wgs84ToGcj02 } from '@/domain/map/coordinates'
import { readSiteLocation } from '@/domain/map/site-location'

describe('a quarantine site’s typed location', () => {
  it('reads decimal degrees and degrees-minutes-seconds, stored in WGS-84', () => {
    expect(readSiteLocation('103.0123', '30.1', 'wgs84')).toEqual({ location: [103.0123, 30.1], problems: [] })
    expect(readSiteLocation('103°0′36″', '30度6分', 'wgs84').location).toEqual([103.01, 30.1])
  })

  it('converts from a declared GCJ-02 (Amap, Ovital) back to WGS-84', () => {
    const [lon, lat] = wgs84ToGcj02([103.0123, 30.1])
    const read = readSiteLocation(String(lon), String(lat), 'gcj02')
    expect(read.location?.[0]).toBeCloseTo(103.0123, 5)
    expect(read.location?.[1]).toBeCloseTo(30.1, 5)
  })

  it('refuses unreadable, swapped and outside-China coordinates', () => {
    expect(readSiteLocation('东经', '30', 'wgs84').problems[0].code).toBe('siteLocation.unreadable')
    expect(readSiteLocation('30.1', '103.0', 'wgs84').problems[0].code).toBe('siteLocation.swapped')
    expect(readSiteLocation('2.35', '48.85', 'wgs84').problems[0].code).toBe('siteLocation.outside')
  })
})
