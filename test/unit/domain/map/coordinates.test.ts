import { describe, expect, it } from 'vitest'
import {
  bd09ToGcj02,
  distanceMetres,
  gcj02ToBd09,
  gcj02ToWgs84,
  toStoredSystem,
  wgs84ToGcj02,
  type LonLat,
} from '@/domain/map/coordinates'
import { gridConverter } from '@/domain/map/grid-converter'

// Reference values: the published algorithms as implemented by coordtransform (wandergis/coordtransform README)
// and eviltransform, the two open implementations most Chinese GIS tools copy.
describe('coordinate conversions', () => {
  it('converts WGS-84 to GCJ-02 as the published formula does', () => {
    const [lon, lat] = wgs84ToGcj02([116.404, 39.915])
    expect(lon).toBeCloseTo(116.41024449916938, 9)
    expect(lat).toBeCloseTo(39.91640428150164, 9)
  })

  it('converts GCJ-02 to BD-09 and back', () => {
    const [lon, lat] = gcj02ToBd09([116.404, 39.915])
    expect(lon).toBeCloseTo(116.41036949371029, 9)
    expect(lat).toBeCloseTo(39.92133699351022, 9)
    const [blon, blat] = bd09ToGcj02([116.404, 39.915])
    expect(blon).toBeCloseTo(116.39762729119315, 9)
    expect(blat).toBeCloseTo(39.90865673957631, 9)
  })

  it('inverts GCJ-02 to within a centimetre (the one-step inverse is off by metres)', () => {
    for (const wgs of [
      [116.404, 39.915],
      [102.92, 30.15],
      [121.47, 31.23],
      [87.6, 43.8],
    ] as LonLat[]) {
      const back = gcj02ToWgs84(wgs84ToGcj02(wgs))
      expect(distanceMetres(back, wgs)).toBeLessThan(0.01)
    }
    // the crude one-step inverse of coordtransform gives 116.39775550083061, 39.91359571849836: within ~2 m
    expect(distanceMetres(gcj02ToWgs84([116.404, 39.915]), [116.39775550083061, 39.91359571849836])).toBeLessThan(3)
  })

  it('moves a point by the few hundred metres Ovital and Baidu files are off', () => {
    const wgs: LonLat = [102.92, 30.15]
    const gcj = wgs84ToGcj02(wgs)
    expect(distanceMetres(wgs, gcj)).toBeGreaterThan(100)
    expect(distanceMetres(wgs, gcj)).toBeLessThan(800)
    expect(distanceMetres(toStoredSystem(gcj, 'gcj02'), wgs)).toBeLessThan(0.01)
    expect(distanceMetres(toStoredSystem(gcj02ToBd09(gcj), 'bd09'), wgs)).toBeLessThan(0.5)
  })

  it('leaves WGS-84 and CGCS2000 alone, and points outside China too', () => {
    expect(toStoredSystem([102.92, 30.15], 'wgs84')).toEqual([102.92, 30.15])
    expect(toStoredSystem([102.92, 30.15], 'cgcs2000')).toEqual([102.92, 30.15])
    expect(wgs84ToGcj02([2.35, 48.85])).toEqual([2.35, 48.85])
  })
})

describe('the grid converter of a whole file', () => {
  // BD-09's own inverse is accurate to a few centimetres; its faster wave makes the grid's error up to 1 cm.
  it('stays within a millimetre of the exact conversion from GCJ-02, a centimetre from BD-09', () => {
    for (const [system, metres] of [
      ['gcj02', 0.001],
      ['bd09', 0.015],
    ] as const) {
      const convert = gridConverter(system)
      for (let k = 0; k < 500; k++) {
        const point: LonLat = [102.9 + ((k * 0.0137) % 0.2), 30.1 + ((k * 0.0071) % 0.1)]
        const exact = toStoredSystem(point, system)
        expect(distanceMetres(convert(point), exact)).toBeLessThan(metres)
      }
    }
    expect(gridConverter('wgs84')([103, 30])).toEqual([103, 30])
  })
})
