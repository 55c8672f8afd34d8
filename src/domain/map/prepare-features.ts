import { ValidationError, type Problem } from '../common/result'
import { toStoredSystem, type CoordinateSystem, type LonLat } from './coordinates'
import { closeRing, insideChina, mapPositions, positionsOf, ringsOf, type Shape, type SourceFeature } from './geometry'
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

function shapeProblem(feature: SourceFeature): Problem | undefined {
  const name = label(feature)
  if (!positionsOf(feature.shape).every(insideChina))
    return { field: name, code: 'mapImport.featureOutsideChina', params: { name } }
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
  const firsts = features.map((f) => positionsOf(f.shape)[0])
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
  const outside = features.filter((f) => !positionsOf(f.shape).every(insideChina)).length
  if (outside > features.length / 2) {
    const code = mostlySwapped(features) ? 'mapImport.swappedAxes' : 'mapImport.outsideChina'
    const [lon, lat] = positionsOf(features[0].shape)[0]
    throw new ValidationError([{ field: 'file', code, params: { lon: String(lon), lat: String(lat) } }])
  }
  return features.map((feature) => {
    const closed = { ...feature, shape: closeRings(feature.shape) }
    const problem = shapeProblem(closed)
    if (problem) return { ...closed, problem }
    const convert = (p: LonLat): LonLat => toStoredSystem(p, system)
    return { ...closed, shape: mapPositions(closed.shape, convert) }
  })
}
