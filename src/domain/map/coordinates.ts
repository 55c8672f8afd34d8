// China's published offsets. GCJ-02 ("Mars coordinates", 国测局坐标) shifts WGS-84 by a few hundred metres inside
// China by a fixed non-linear formula; BD-09 (Baidu) rotates and shifts GCJ-02 once more. The forward formulas are
// the ones every open implementation shares (eviltransform, coordtransform); the inverse of GCJ-02 has no closed
// form and is found by fixed-point iteration to well under a metre.

/** A longitude/latitude pair in degrees, GeoJSON order: `[lon, lat]`. */
export type LonLat = [number, number]

/** The coordinate systems a file may be in. CGCS2000 and WGS-84 differ by centimetres: one is used for both. */
export type CoordinateSystem = 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09'

/** All systems, in the order the import form lists them. */
export const COORDINATE_SYSTEMS: readonly CoordinateSystem[] = ['wgs84', 'cgcs2000', 'gcj02', 'bd09']

/** The one system geometry is stored in: WGS-84 (equal to CGCS2000 at map scale). */
export const STORED_SYSTEM: CoordinateSystem = 'wgs84'

const A = 6378245.0 // Krasovsky 1940 semi-major axis, as the GCJ-02 formula uses
const EE = 0.006693421622965943 // its first eccentricity squared
const X_PI = (Math.PI * 3000.0) / 180.0

/** True inside the rough rectangle the GCJ-02 offset applies to (outside it the formula is the identity). */
export function insideChinaRectangle([lon, lat]: LonLat): boolean {
  return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271
}

function transformLat(x: number, y: number): number {
  let ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  ret += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0
  ret += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0
  return ret
}

function transformLon(x: number, y: number): number {
  let ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  ret += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0
  ret += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0
  return ret
}

/** WGS-84 → GCJ-02 (the published forward formula). */
export function wgs84ToGcj02(point: LonLat): LonLat {
  if (!insideChinaRectangle(point)) return point
  const [lon, lat] = point
  let dLat = transformLat(lon - 105.0, lat - 35.0)
  let dLon = transformLon(lon - 105.0, lat - 35.0)
  const radLat = (lat / 180.0) * Math.PI
  let magic = Math.sin(radLat)
  magic = 1 - EE * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  dLon = (dLon * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return [lon + dLon, lat + dLat]
}

/**
 * GCJ-02 → WGS-84. Starts from the one-step inverse (the point moved back by the offset at itself) and refines it
 * until the forward formula reproduces the input to 1e-9° (0.1 mm); two or three rounds in practice.
 */
export function gcj02ToWgs84(point: LonLat): LonLat {
  if (!insideChinaRectangle(point)) return point
  const first = wgs84ToGcj02(point)
  let lon = 2 * point[0] - first[0]
  let lat = 2 * point[1] - first[1]
  for (let i = 0; i < 10; i++) {
    const forward = wgs84ToGcj02([lon, lat])
    const dLon = forward[0] - point[0]
    const dLat = forward[1] - point[1]
    lon -= dLon
    lat -= dLat
    if (Math.abs(dLon) < 1e-9 && Math.abs(dLat) < 1e-9) break
  }
  return [lon, lat]
}

/** GCJ-02 → BD-09 (Baidu's published formula). */
export function gcj02ToBd09([lon, lat]: LonLat): LonLat {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI)
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI)
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006]
}

/** BD-09 → GCJ-02 (the formula's usual inverse, accurate to a few centimetres). */
export function bd09ToGcj02([lon, lat]: LonLat): LonLat {
  const x = lon - 0.0065
  const y = lat - 0.006
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI)
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI)
  return [z * Math.cos(theta), z * Math.sin(theta)]
}

/** A point of a file in `system`, converted to the {@link STORED_SYSTEM} (WGS-84). */
export function toStoredSystem(point: LonLat, system: CoordinateSystem): LonLat {
  if (system === 'gcj02') return gcj02ToWgs84(point)
  if (system === 'bd09') return gcj02ToWgs84(bd09ToGcj02(point))
  return point
}

/** Distance in metres between two WGS-84 points (haversine), for tests and for sizing buffers. */
export function distanceMetres(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180
  const dLat = (b[1] - a[1]) * rad
  const dLon = (b[0] - a[0]) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h))
}
