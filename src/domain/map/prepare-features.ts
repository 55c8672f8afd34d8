import { ValidationError, type Problem } from '../common/result'
import type { CoordinateSystem } from './coordinates'
import {
  closeRing,
  firstPosition,
  insideChina,
  mapPositions,
  ringsOf,
  type Shape,
  type SourceFeature,
} from './geometry'
import { gridConverter } from './grid-converter'
import { selfIntersection } from './ring-checks'

/** A feature converted to the stored system and checked; `problem` says why it cannot be saved. */
export interface PreparedFeature extends SourceFeature {
  problem?: Problem
}

function closeRings(shape: Shape): Shape {
  if (shape.type === 'Point') return shape
  if (shape.type === 'Polygon') return { type: 'Polygon', coordinates: shape.coordinates.map(closeRing) }
  return { type: 'MultiPolygon', coordinates: shape.coordinates.map((p) => p.map(closeRing)) }
}

function label(feature: SourceFeature): string {
  return feature.name || `#${feature.index + 1}`
}

function allInsideChina(shape: Shape): boolean {
  if (shape.type === 'Point') return insideChina(shape.coordinates)
  for (const ring of ringsOf(shape)) for (const p of ring) if (!insideChina(p)) return false
  return true
}

function shapeProblem(feature: SourceFeature, inside: boolean): Problem | undefined {
  const name = label(feature)
  if (!inside) return { field: name, code: 'mapImport.featureOutsideChina', params: { name } }
  for (const ring of ringsOf(feature.shape)) {
    if (ring.length < 4) return { field: name, code: 'mapImport.ringTooShort', params: { name } }
    const crossing = selfIntersection(ring)
    if (crossing)
      return {
        field: name,
        code: 'mapImport.selfIntersecting',
        params: { name, lon: crossing[0].toFixed(5), lat: crossing[1].toFixed(5) },
      }
  }
  return undefined
}

/** True when most features' first positions lie outside China but would lie inside with x and y exchanged. */
function mostlySwapped(features: readonly SourceFeature[]): boolean {
  const firsts = features.map((f) => firstPosition(f.shape))
  return firsts.filter((p) => !insideChina(p) && insideChina([p[1], p[0]])).length > firsts.length / 2
}

/**
 * Converts every feature from the file's declared `system` to the stored one (WGS-84), closes rings, and checks
 * each: inside China, rings of at least 3 corners, no ring crossing itself. A feature that fails carries its
 * problem (the review shows it; it is not saved). A file whose features mostly lie outside China is refused as a
 * whole: its coordinates are in another system or projection, or have longitude and latitude swapped.
 */
export function prepareFeatures(features: readonly SourceFeature[], system: CoordinateSystem): PreparedFeature[] {
  if (features.length === 0) throw new ValidationError([{ field: 'file', code: 'mapImport.empty' }])
  const inside = features.map((f) => allInsideChina(f.shape))
  const outside = inside.filter((ok) => !ok).length
  if (outside > features.length / 2) {
    const code = mostlySwapped(features) ? 'mapImport.swappedAxes' : 'mapImport.outsideChina'
    const [lon, lat] = firstPosition(features[0].shape)
    throw new ValidationError([{ field: 'file', code, params: { lon: String(lon), lat: String(lat) } }])
  }
  const convert = gridConverter(system)
  return features.map((feature, i) => {
    const closed = { ...feature, shape: closeRings(feature.shape) }
    const problem = shapeProblem(closed, inside[i])
    if (problem) return { ...closed, problem }
    return {
      ...closed,
      shape: system === 'wgs84' || system === 'cgcs2000' ? closed.shape : mapPositions(closed.shape, convert),
    }
  })
}
