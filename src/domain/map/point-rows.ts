// Village points kept in Excel: a name (and perhaps a code) and two coordinate columns, in decimal degrees
// (103.0123) or degrees-minutes-seconds (103°0'44.3"E, 103度0分44秒), sometimes with the columns swapped.
import { ValidationError } from '../common/result'
import type { LonLat } from './coordinates'
import type { ReadFeatures } from './geojson-file'
import type { SourceFeature } from './geometry'

const LON_HEADER = /^(经度|lon|lng|longitude|x|东经|经度坐标)$/i
const LAT_HEADER = /^(纬度|lat|latitude|y|北纬|纬度坐标)$/i
const NAME_HEADER = /(名称|村名|村（社区）|村\(社区\)|^name$|地名|标注)/i
const CODE_HEADER = /(代码|编码|^code$)/i

/**
 * Degrees from decimal (`103.0123`), or degrees-minutes-seconds in any of the usual spellings (`103°0'44.3"`,
 * `103度0分44.3秒`, `103 0 44.3`, `E103°0′44″`); NaN when the text is none of these.
 */
export function parseDegrees(text: string): number {
  const clean = text
    .normalize('NFKC')
    .trim()
    .replace(/[NnEe北东]$/, '')
    .replace(/^[NnEe北东]/, '')
    .trim()
  if (clean === '') return NaN
  if (/^[+-]?\d+(\.\d+)?$/.test(clean)) return Number(clean)
  const parts = clean.split(/[°º度'′分"″秒\s]+/).filter(Boolean)
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^\d+(\.\d+)?$/.test(p))) return NaN
  const [degrees, minutes, seconds = 0] = parts.map(Number)
  if (minutes >= 60 || seconds >= 60) return NaN
  return degrees + minutes / 60 + seconds / 3600
}

function headerRow(rows: string[][]): { at: number; lon: number; lat: number; name: number; code: number } {
  for (let at = 0; at < Math.min(rows.length, 10); at++) {
    const cells = rows[at].map((c) => String(c ?? '').trim())
    const lon = cells.findIndex((c) => LON_HEADER.test(c))
    const lat = cells.findIndex((c) => LAT_HEADER.test(c))
    if (lon >= 0 && lat >= 0)
      return {
        at,
        lon,
        lat,
        name: cells.findIndex((c) => NAME_HEADER.test(c)),
        code: cells.findIndex((c) => CODE_HEADER.test(c)),
      }
  }
  throw new ValidationError([{ field: 'file', code: 'mapImport.noCoordinateColumns' }])
}

/**
 * True when a file's longitude and latitude columns are the wrong way round: in China a longitude is 73–136 and a
 * latitude 3–54, so a "longitude" under 60 with a "latitude" over 70 can only be swapped.
 */
export function looksSwapped(points: readonly LonLat[]): boolean {
  const swapped = points.filter(([lon, lat]) => lon < 60 && lat > 70).length
  return points.length > 0 && swapped > points.length / 2
}

/** What was read from a points sheet: its features, and whether its columns were swapped back. */
export interface ReadPoints extends ReadFeatures {
  swapped: boolean
}

/**
 * Reads village points from sheet rows with a 经度/纬度 (lon/lat, x/y) header in the first 10 rows. A row whose
 * coordinates cannot be read refuses the file with its row number (Excel's, 1-based): a point in the wrong
 * place is worse than no point. Swapped columns are detected and put right.
 */
export function readPointRows(rows: string[][]): ReadPoints {
  const header = headerRow(rows)
  const features: SourceFeature[] = []
  let skipped = 0
  for (let r = header.at + 1; r < rows.length; r++) {
    const cells = rows[r].map((c) => String(c ?? '').trim())
    if (cells.every((c) => c === '')) continue
    const lonText = cells[header.lon] ?? ''
    const latText = cells[header.lat] ?? ''
    if (lonText === '' && latText === '') {
      skipped++
      continue
    }
    const point: LonLat = [parseDegrees(lonText), parseDegrees(latText)]
    if (!Number.isFinite(point[0]) || !Number.isFinite(point[1]))
      throw new ValidationError([
        { field: 'file', code: 'mapImport.badCoordinate', params: { row: r + 1, value: `${lonText}, ${latText}` } },
      ])
    const name = header.name >= 0 ? (cells[header.name] ?? '') : ''
    const code = header.code >= 0 ? (cells[header.code] ?? '') : ''
    features.push({ index: r, name, code, shape: { type: 'Point', coordinates: point } })
  }
  if (features.length === 0) throw new ValidationError([{ field: 'file', code: 'mapImport.empty' }])
  const swapped = looksSwapped(features.map((f) => (f.shape as { coordinates: LonLat }).coordinates))
  if (swapped)
    for (const f of features) {
      const [lon, lat] = (f.shape as { coordinates: LonLat }).coordinates
      f.shape = { type: 'Point', coordinates: [lat, lon] }
    }
  return { features, skipped, swapped }
}
