import { ValidationError, type Problem } from '@/domain/common/result'
import type { CoordinateSystem } from '@/domain/map/coordinates'
import { packShapes, unpackShapes, type PackedShapes } from '@/domain/map/packed-shapes'
import { prepareGeometryFile, type PreparedFile, type PrepareStep } from '@/services/map/read-geometry-file'

/** The page asks the worker to read one file. */
export interface MapImportRequest {
  fileName: string
  bytes: ArrayBuffer
  system: CoordinateSystem
}

/** A prepared file with its features' shapes taken out (they travel packed). */
export type ShapelessFile = Omit<PreparedFile, 'features'> & {
  features: Omit<PreparedFile['features'][number], 'shape'>[]
}

/** The worker's answers: steps as it goes, then the prepared file (shapes packed) or why it failed. */
export type MapImportReply =
  | { kind: 'progress'; step: PrepareStep }
  | { kind: 'prepared'; file: ShapelessFile; shapes: PackedShapes }
  | { kind: 'failed'; problems: Problem[]; message: string }

/** The prepared file of a `prepared` reply, shapes put back. */
export function preparedFileOf(reply: Extract<MapImportReply, { kind: 'prepared' }>): PreparedFile {
  const shapes = unpackShapes(reply.shapes)
  return { ...reply.file, features: reply.file.features.map((f, i) => ({ ...f, shape: shapes[i] })) }
}

/**
 * The worker's logic without the Worker: reads, converts and checks a geometry file (no DOM: zip.js, TextDecoder,
 * SheetJS and the domain), answering through `post`. Runs in a Web Worker and in a unit test alike.
 */
export async function handleMapImport(
  request: MapImportRequest,
  post: (reply: MapImportReply, transfer?: Transferable[]) => void,
): Promise<void> {
  try {
    post({ kind: 'progress', step: 'read' })
    const file = await prepareGeometryFile(request.fileName, new Uint8Array(request.bytes), request.system, (step) =>
      post({ kind: 'progress', step }),
    )
    const shapes = packShapes(file.features.map((f) => f.shape))
    const features = file.features.map(({ shape: _shape, ...rest }) => rest)
    post({ kind: 'prepared', file: { ...file, features }, shapes }, [shapes.coordinates.buffer])
  } catch (error) {
    const problems = error instanceof ValidationError ? error.problems : []
    post({ kind: 'failed', problems, message: error instanceof Error ? error.message : String(error) })
  }
}
