// KML as Ovital (奥维互动地图) and Google Earth write it. Read with regular expressions rather than an XML parser:
// the domain has no DOM (it runs in a Worker and in Node tests), and placemarks are flat enough for that.
import { ValidationError } from '../common/result'
import type { LonLat } from './coordinates'
import type { ReadFeatures } from './geojson-file'
import type { Ring, Shape, SourceFeature } from './geometry'

const PLACEMARK = /<Placemark\b[\s\S]*?<\/Placemark>/gi

function unescape(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()
}

function tagText(xml: string, tag: string): string {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'i').exec(xml)
  return match ? unescape(match[1]) : ''
}

/** `lon,lat[,alt] lon,lat…` → positions; undefined when any tuple is not two numbers. */
function coordinates(text: string): LonLat[] | undefined {
  const tuples = text.trim().split(/\s+/).filter(Boolean)
  const points: LonLat[] = []
  for (const tuple of tuples) {
    const [lon, lat] = tuple.split(',').map(Number)
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return undefined
    points.push([lon, lat])
  }
  return points.length ? points : undefined
}

function ringIn(xml: string, boundary: string): Ring[] {
  const rings: Ring[] = []
  const pattern = new RegExp(`<${boundary}\\b[\\s\\S]*?</${boundary}>`, 'gi')
  for (const match of xml.match(pattern) ?? []) {
    const ring = coordinates(tagText(match, 'coordinates'))
    if (ring) rings.push(ring)
  }
  return rings
}

function polygons(xml: string): Ring[][] {
  const out: Ring[][] = []
  for (const polygon of xml.match(/<Polygon\b[\s\S]*?<\/Polygon>/gi) ?? []) {
    const outer = ringIn(polygon, 'outerBoundaryIs')
    if (outer.length) out.push([outer[0], ...ringIn(polygon, 'innerBoundaryIs')])
  }
  return out
}

function shapeOfPlacemark(xml: string): Shape | undefined {
  const rings = polygons(xml)
  if (rings.length === 1) return { type: 'Polygon', coordinates: rings[0] }
  if (rings.length > 1) return { type: 'MultiPolygon', coordinates: rings }
  const point = /<Point\b[\s\S]*?<\/Point>/i.exec(xml)
  const position = point ? coordinates(tagText(point[0], 'coordinates')) : undefined
  return position ? { type: 'Point', coordinates: position[0] } : undefined
}

/** `<Data name="代码"><value>…</value></Data>` and `<SimpleData name="code">…</SimpleData>` of a placemark. */
function extendedData(xml: string): Record<string, string> {
  const data: Record<string, string> = {}
  for (const m of xml.matchAll(/<Data\b[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/Data>/gi))
    data[m[1]] = tagText(m[2], 'value')
  for (const m of xml.matchAll(/<SimpleData\b[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/SimpleData>/gi))
    data[m[1]] = unescape(m[2])
  return data
}

const CODE_IN_TEXT = /(?<!\d)(\d{12})(?:\.0+)?(?!\d)/

/**
 * Reads the placemarks of a KML text: name, a 12-digit code from its extended data or description (Ovital puts
 * notes in the description), and its Polygon / MultiGeometry of polygons / Point. Lines are passed over.
 */
export function readKml(text: string): ReadFeatures {
  if (!/<kml\b/i.test(text) && !/<Placemark\b/i.test(text))
    throw new ValidationError([{ field: 'file', code: 'mapImport.notGeometry' }])
  const features: SourceFeature[] = []
  let skipped = 0
  const placemarks = text.match(PLACEMARK) ?? []
  placemarks.forEach((xml, index) => {
    const shape = shapeOfPlacemark(xml)
    if (!shape) {
      skipped++
      return
    }
    const data = extendedData(xml)
    const codeSource = Object.entries(data).find(([k]) => /code|代码|编码/i.test(k))?.[1] ?? tagText(xml, 'description')
    const code = CODE_IN_TEXT.exec(codeSource)?.[0] ?? ''
    features.push({ index, name: tagText(xml, 'name'), code, shape })
  })
  if (features.length === 0) throw new ValidationError([{ field: 'file', code: 'mapImport.empty' }])
  return { features, skipped }
}
