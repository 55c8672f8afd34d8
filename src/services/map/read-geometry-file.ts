import { TextWriter, Uint8ArrayReader, ZipReader, configure } from '@zip.js/zip.js'
import { ValidationError, type Problem } from '@/domain/common/result'
import type { CoordinateSystem } from '@/domain/map/coordinates'
import { readGeoJson, type ReadFeatures } from '@/domain/map/geojson-file'
import { readKml } from '@/domain/map/kml-file'
import { readPointRows } from '@/domain/map/point-rows'
import { prepareFeatures, type PreparedFeature } from '@/domain/map/prepare-features'
import { readSheetFileSheets } from '../villages/read-sheet-file'

/** The largest file accepted: a township's boundaries are a few MB; 100 MB is already a whole province. */
export const MAX_GEOMETRY_BYTES = 100 * 1024 * 1024

/** File types the map import reads. */
export const GEOMETRY_FILE_TYPES = ['geojson', 'json', 'kml', 'kmz', 'xlsx', 'xls', 'csv', 'txt'] as const

/** A file read, converted and checked: what the review table is built from. */
export interface PreparedFile {
  fileName: string
  system: CoordinateSystem
  features: PreparedFeature[]
  /** Features passed over (lines, empty geometry). */
  skipped: number
  /** A sheet's longitude and latitude columns were swapped and have been put right. */
  swapped: boolean
}

/** Steps reported while a file is read, for the progress bar. */
export type PrepareStep = 'read' | 'parse' | 'check'

function refuse(problem: Omit<Problem, 'field'>): ValidationError {
  return new ValidationError([{ field: 'file', ...problem }])
}

function extensionOf(fileName: string): string {
  return fileName.toLowerCase().split('.').pop() ?? ''
}

async function kmlOfKmz(bytes: Uint8Array): Promise<string> {
  configure({ useWebWorkers: false })
  const reader = new ZipReader(new Uint8ArrayReader(bytes))
  try {
    const entries = await reader.getEntries()
    const kml =
      entries.find((e) => !e.directory && /(^|\/)doc\.kml$/i.test(e.filename)) ??
      entries.find((e) => !e.directory && /\.kml$/i.test(e.filename))
    if (!kml || kml.directory) throw refuse({ code: 'mapImport.kmzWithoutKml' })
    return await kml.getData(new TextWriter())
  } catch (error) {
    if (error instanceof ValidationError) throw error
    throw refuse({ code: 'mapImport.notZip' })
  } finally {
    await reader.close().catch(() => undefined)
  }
}

async function readFeatures(fileName: string, bytes: Uint8Array): Promise<ReadFeatures & { swapped: boolean }> {
  const extension = extensionOf(fileName)
  const text = () => new TextDecoder('utf-8').decode(bytes)
  if (extension === 'geojson' || extension === 'json') return { ...readGeoJson(text()), swapped: false }
  if (extension === 'kml') return { ...readKml(text()), swapped: false }
  if (extension === 'kmz') return { ...readKml(await kmlOfKmz(bytes)), swapped: false }
  const sheets = readSheetFileSheets(fileName, bytes)
  let firstError: unknown
  for (const sheet of sheets) {
    try {
      return readPointRows(sheet.rows)
    } catch (error) {
      firstError ??= error
    }
  }
  throw firstError ?? refuse({ code: 'mapImport.empty' })
}

/**
 * Reads a geometry file of any accepted type, converts it from the declared system to WGS-84 and checks every
 * feature. Refuses (ValidationError on `file`) a file too large, of another type, empty, unreadable, or lying
 * outside China. Nothing is written: this runs in the import Worker.
 */
export async function prepareGeometryFile(
  fileName: string,
  bytes: Uint8Array,
  system: CoordinateSystem,
  onStep: (step: PrepareStep) => void = () => undefined,
): Promise<PreparedFile> {
  if (bytes.length > MAX_GEOMETRY_BYTES)
    throw refuse({
      code: 'mapImport.tooLarge',
      params: { size: Math.round(bytes.length / 1024 / 1024), max: MAX_GEOMETRY_BYTES / 1024 / 1024 },
    })
  if (!(GEOMETRY_FILE_TYPES as readonly string[]).includes(extensionOf(fileName)))
    throw refuse({ code: 'mapImport.fileType', params: { name: fileName } })
  if (bytes.length === 0) throw refuse({ code: 'mapImport.empty' })
  onStep('parse')
  const read = await readFeatures(fileName, bytes)
  onStep('check')
  return {
    fileName,
    system,
    features: prepareFeatures(read.features, system),
    skipped: read.skipped,
    swapped: read.swapped,
  }
}
