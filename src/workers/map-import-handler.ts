import { ValidationError, type Problem } from '@/domain/common/result'
import type { CoordinateSystem } from '@/domain/map/coordinates'
import { prepareGeometryFile, type PreparedFile, type PrepareStep } from '@/services/map/read-geometry-file'

/** The page asks the worker to read one file. */
export interface MapImportRequest {
  fileName: string
  bytes: ArrayBuffer
  system: CoordinateSystem
}

/** The worker's answers: steps as it goes, then the prepared file or why it failed. */
export type MapImportReply =
  | { kind: 'progress'; step: PrepareStep }
  | { kind: 'prepared'; file: PreparedFile }
  | { kind: 'failed'; problems: Problem[]; message: string }

/**
 * The worker's logic without the Worker: reads, converts and checks a geometry file (no DOM: zip.js, TextDecoder,
 * SheetJS and the domain), answering through `post`. Runs in a Web Worker and in a unit test alike.
 */
export async function handleMapImport(request: MapImportRequest, post: (reply: MapImportReply) => void): Promise<void> {
  try {
    post({ kind: 'progress', step: 'read' })
    const file = await prepareGeometryFile(request.fileName, new Uint8Array(request.bytes), request.system, (step) =>
      post({ kind: 'progress', step }),
    )
    post({ kind: 'prepared', file })
  } catch (error) {
    const problems = error instanceof ValidationError ? error.problems : []
    post({ kind: 'failed', problems, message: error instanceof Error ? error.message : String(error) })
  }
}
