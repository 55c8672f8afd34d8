import type { PartRunner } from '@/services/packs/prepare-part'
import type { PackPartReply, PackPartRequest } from './pack-part-protocol'

/** What the runner needs of a Worker (a real one, or the helper's handler wrapped for a test). */
export interface PackPartWorkerLike {
  postMessage(message: PackPartRequest): void
  onmessage: ((event: MessageEvent<PackPartReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  terminate(): void
}

/** The helper as a module worker, started from inside the pack worker (a nested worker). */
export function helperWorker(): PackPartWorkerLike {
  return new Worker(new URL('./pack-part.worker.ts', import.meta.url), { type: 'module' })
}

/**
 * A part runner that prepares its part in a helper worker of its own (`create`), handing on each step and file
 * as it comes; the helper stops when the part is done. Where no worker can be started, `fallback` runs the part.
 */
export function helperRunner(create: () => PackPartWorkerLike, fallback: PartRunner): PartRunner {
  return (part, job, sink) => {
    let worker: PackPartWorkerLike
    try {
      worker = create()
    } catch {
      return fallback(part, job, sink)
    }
    return new Promise<string>((resolve, reject) => {
      const end = (settle: () => void) => {
        worker.onmessage = null
        worker.onerror = null
        worker.terminate()
        settle()
      }
      worker.onmessage = ({ data }) => {
        if (data.kind === 'read') sink.read()
        else if (data.kind === 'step') sink.step(data.what)
        else if (data.kind === 'file') sink.file({ ...data.file, bytes: new Uint8Array(data.file.bytes) })
        else if (data.kind === 'done') end(() => resolve(data.stamp))
        else end(() => reject(new Error(data.message)))
      }
      worker.onerror = (event) => end(() => reject(new Error(event.message || 'pack helper worker error')))
      worker.postMessage({ kind: 'part', part, job })
    })
  }
}
