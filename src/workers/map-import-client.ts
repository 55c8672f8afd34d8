import { ValidationError } from '@/domain/common/result'
import type { CoordinateSystem } from '@/domain/map/coordinates'
import type { PreparedFile, PrepareStep } from '@/services/map/read-geometry-file'
import { preparedFileOf, type MapImportReply } from './map-import-handler'

/**
 * Reads a geometry file in a fresh Worker (its bytes are transferred), reporting each step; the worker is ended
 * when the file is read or refused.
 */
export function prepareInWorker(
  fileName: string,
  bytes: ArrayBuffer,
  system: CoordinateSystem,
  onStep: (step: PrepareStep) => void = () => undefined,
): Promise<PreparedFile> {
  const worker = new Worker(new URL('./map-import.worker.ts', import.meta.url), { type: 'module' })
  return new Promise<PreparedFile>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<MapImportReply>) => {
      if (data.kind === 'progress') return onStep(data.step)
      worker.terminate()
      if (data.kind === 'prepared') resolve(preparedFileOf(data))
      else reject(data.problems.length ? new ValidationError(data.problems) : new Error(data.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'map import worker failed'))
    }
    worker.postMessage({ fileName, bytes, system }, [bytes])
  })
}
