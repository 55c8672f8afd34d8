import { ValidationError, type Problem } from '../common/result'
import type { LonLat } from './coordinates'
import { featureCode, featureName } from './feature-properties'
import type { Ring, Shape, SourceFeature } from './geometry'

type Json = Record<string, unknown>

function refuse(problem: Omit<Problem, 'field'>): ValidationError {
  return new ValidationError([{ field: 'file', ...problem }])
}

function isPosition(value: unknown): value is LonLat {
  return Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number'
}

function ring(value: unknown): Ring | undefined {
  if (!Array.isArray(value) || !value.every(isPosition)) return undefined
  // The parsed positions are this reader's own: kept as they are unless they carry a height to drop.
  return value.map((p: LonLat) => (p.length === 2 ? p : ([p[0], p[1]] as LonLat)))
}

function polygon(value: unknown): Ring[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined
  const rings = value.map(ring)
  return rings.every((r) => r !== undefined) ? (rings as Ring[]) : undefined
}

/** A GeoJSON geometry as a {@link Shape}; undefined for kinds the map does not draw (lines) or broken ones. */
export function shapeOf(geometry: unknown): Shape | undefined {
  if (!geometry || typeof geometry !== 'object') return undefined
  const { type, coordinates } = geometry as Json
  if (type === 'Point')
    return isPosition(coordinates) ? { type, coordinates: [coordinates[0], coordinates[1]] } : undefined
  if (type === 'Polygon') {
    const rings = polygon(coordinates)
    return rings ? { type, coordinates: rings } : undefined
  }
  if (type === 'MultiPolygon' && Array.isArray(coordinates)) {
    const polygons = coordinates.map(polygon)
    return polygons.length > 0 && polygons.every((p) => p !== undefined)
      ? { type, coordinates: polygons as Ring[][] }
      : undefined
  }
  return undefined
}

function featuresOf(root: Json): Json[] {
  if (root.type === 'FeatureCollection' && Array.isArray(root.features)) return root.features as Json[]
  if (root.type === 'Feature') return [root]
  if (typeof root.type === 'string' && 'coordinates' in root)
    return [{ type: 'Feature', properties: {}, geometry: root }]
  throw refuse({ code: 'mapImport.notGeometry' })
}

/** What was read from a file: the usable features and how many were passed over (lines, empty geometry). */
export interface ReadFeatures {
  features: SourceFeature[]
  skipped: number
}

/**
 * Reads a GeoJSON text (FeatureCollection, Feature or a bare geometry) into features with their name and code.
 * Refuses (a `ValidationError` on `file`) text that is not JSON, JSON that is not GeoJSON, and a file with no
 * Polygon, MultiPolygon or Point in it.
 */
export function readGeoJson(text: string): ReadFeatures {
  let root: unknown
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw refuse({ code: 'mapImport.notJson' })
  }
  if (!root || typeof root !== 'object' || Array.isArray(root)) throw refuse({ code: 'mapImport.notGeometry' })
  const features: SourceFeature[] = []
  let skipped = 0
  featuresOf(root as Json).forEach((feature, index) => {
    const shape = shapeOf(feature?.geometry)
    if (!shape) {
      skipped++
      return
    }
    const properties = (feature.properties ?? {}) as Json
    features.push({ index, name: featureName(properties), code: featureCode(properties), shape })
  })
  if (features.length === 0) throw refuse({ code: 'mapImport.empty' })
  return { features, skipped }
}
