import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import type { PackExporter, PackExportRequest } from '@/services/packs/export-service'
import type { PackImportOutcome } from '@/services/packs/import-service'
import type { ExportedPack, OpenedPackSummary, PackPhase, PackReply, PackRequest } from './pack-protocol'

/** What the client needs of a Worker (a real one, or the handler wrapped for a test). */
export interface PackWorkerLike {
  postMessage(message: PackRequest, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<PackReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  terminate(): void
}

/** Progress callback: the step, and how far it is. */
/** A progress line; `what` names the step just done while preparing (see BuildProgress). */
export type PackProgress = (phase: PackPhase, done: number, total: number, what?: string) => void

/** The page's side of the pack worker: one request at a time, answered by a promise. */
export interface PackWorker {
  exportPack(request: PackExportRequest, exporter: PackExporter, onProgress?: PackProgress): Promise<ExportedPack>
  /** Verifies a pack (its bytes are transferred); the worker keeps it for `importOpened`. */
  open(bytes: ArrayBuffer, fileName: string, password?: string, onProgress?: PackProgress): Promise<OpenedPackSummary>
  importOpened(actor: Actor, onProgress?: PackProgress): Promise<PackImportOutcome>
  terminate(): void
}

function moduleWorker(): PackWorkerLike {
  return new Worker(new URL('./pack.worker.ts', import.meta.url), { type: 'module' })
}

interface Pending {
  resolve(reply: PackReply): void
  reject(error: Error): void
  onProgress?: PackProgress
}

/** Starts the pack worker (`create` is for tests: anything that speaks the protocol). */
export function startPackWorker(create: () => PackWorkerLike = moduleWorker): PackWorker {
  const worker = create()
  let pending: Pending | undefined
  const settle = (outcome: (p: Pending) => void) => {
    const current = pending
    pending = undefined
    if (current) outcome(current)
  }
  worker.onmessage = ({ data }) => {
    if (data.kind === 'progress') pending?.onProgress?.(data.phase, data.done, data.total, data.what)
    else if (data.kind === 'failed')
      settle((p) => p.reject(data.problems.length ? new ValidationError(data.problems) : new Error(data.message)))
    else settle((p) => p.resolve(data))
  }
  worker.onerror = (event) => settle((p) => p.reject(new Error(event.message || 'worker error')))

  function ask(request: PackRequest, transfer: Transferable[], onProgress?: PackProgress) {
    if (pending) return Promise.reject(new Error('pack worker is busy'))
    return new Promise<PackReply>((resolve, reject) => {
      pending = { resolve, reject, onProgress }
      worker.postMessage(request, transfer)
    })
  }
  const expect = <K extends PackReply['kind']>(reply: PackReply, kind: K) => {
    if (reply.kind !== kind) throw new Error(`unexpected reply ${reply.kind}`)
    return reply as Extract<PackReply, { kind: K }>
  }

  return {
    async exportPack(request, exporter, onProgress) {
      return expect(await ask({ kind: 'export', request, exporter }, [], onProgress), 'exported').pack
    },
    async open(bytes, fileName, password, onProgress) {
      const reply = await ask({ kind: 'open', bytes, fileName, password }, [bytes], onProgress)
      return expect(reply, 'opened').summary
    },
    async importOpened(actor, onProgress) {
      return expect(await ask({ kind: 'import', actor }, [], onProgress), 'imported').outcome
    },
    terminate() {
      worker.terminate()
      settle((p) => p.reject(new Error('pack worker stopped')))
    },
  }
}
