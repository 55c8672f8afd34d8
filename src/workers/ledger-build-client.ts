import type { LedgerPackBuilder } from '@/services/ledgers/ledger-pack-files'
import type { LedgerBuildReply, LedgerBuildRequest } from './ledger-build-protocol'

/** What the client needs of a Worker (a real one, or a stand-in for a test). */
export interface LedgerWorkerLike {
  postMessage(request: LedgerBuildRequest): void
  onmessage: ((event: MessageEvent<LedgerBuildReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  terminate(): void
}

function moduleWorker(): LedgerWorkerLike {
  return new Worker(new URL('./ledger-build.worker.ts', import.meta.url), { type: 'module' })
}

/**
 * A {@link LedgerPackBuilder} that builds the ledgers in a worker of their own (started for the one build, ended
 * after it), so a 2-core machine builds the xlsx files while the pack worker prepares the data. The input is
 * copied to the worker (structured clone); the files' bytes come back transferred. Rejects when the worker
 * fails; the caller then builds in its own thread.
 */
export function ledgerWorkerBuilder(create: () => LedgerWorkerLike = moduleWorker): LedgerPackBuilder {
  return (input) =>
    new Promise((resolve, reject) => {
      const worker = create()
      const finish = () => worker.terminate()
      worker.onmessage = ({ data }) => {
        finish()
        if (data.kind === 'built') resolve(data.files)
        else reject(new Error(data.message))
      }
      worker.onerror = (event) => {
        finish()
        reject(new Error(event.message || 'ledger worker error'))
      }
      try {
        worker.postMessage(input)
      } catch (error) {
        finish()
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
}
