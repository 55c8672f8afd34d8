import type { LocalDate } from '@/domain/common/entity'
import { ValidationError } from '@/domain/common/result'
import type { ParsedPeopleFile, PeopleFileOutline } from '@/domain/person/people-sheet-file'
import type { ApplyRequest, PeopleImportReply, PeopleImportRequest } from './people-import-protocol'

/** What the client needs of a Worker (a real one, or the handler wrapped for a test). */
export interface WorkerLike {
  postMessage(message: PeopleImportRequest, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<PeopleImportReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  terminate(): void
}

/** The page's side of the people-import worker: one request at a time, answered by a promise. */
export interface PeopleImportWorker {
  /** Reads a file (its bytes are transferred: the buffer is unusable afterwards). */
  read(fileName: string, bytes: ArrayBuffer, today: LocalDate): Promise<PeopleFileOutline>
  /** Applies a mapping to the file read last; `onProgress(rowsDone, rowsTotal)` as rows are read. */
  apply(
    request: Omit<ApplyRequest, 'kind'>,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ParsedPeopleFile>
  /** Stops the worker; a pending request fails. */
  terminate(): void
}

function moduleWorker(): WorkerLike {
  return new Worker(new URL('./people-import.worker.ts', import.meta.url), { type: 'module' })
}

interface Pending {
  resolve(reply: PeopleImportReply): void
  reject(error: Error): void
  onProgress?: (done: number, total: number) => void
}

/** Starts the people-import worker (`create` is for tests: anything that speaks the protocol). */
export function startPeopleImportWorker(create: () => WorkerLike = moduleWorker): PeopleImportWorker {
  const worker = create()
  let pending: Pending | undefined
  const settle = (outcome: (p: Pending) => void) => {
    const current = pending
    pending = undefined
    if (current) outcome(current)
  }
  worker.onmessage = ({ data }) => {
    if (data.kind === 'progress') pending?.onProgress?.(data.done, data.total)
    else if (data.kind === 'failed')
      settle((p) => p.reject(data.problems.length ? new ValidationError(data.problems) : new Error(data.message)))
    else settle((p) => p.resolve(data))
  }
  worker.onerror = (event) => settle((p) => p.reject(new Error(event.message || 'worker error')))

  function ask(request: PeopleImportRequest, transfer: Transferable[], onProgress?: Pending['onProgress']) {
    if (pending) return Promise.reject(new Error('people import worker is busy'))
    return new Promise<PeopleImportReply>((resolve, reject) => {
      pending = { resolve, reject, onProgress }
      worker.postMessage(request, transfer)
    })
  }

  return {
    async read(fileName, bytes, today) {
      const reply = await ask({ kind: 'read', fileName, bytes, today }, [bytes])
      if (reply.kind !== 'outline') throw new Error(`unexpected reply ${reply.kind}`)
      return reply.outline
    },
    async apply(request, onProgress) {
      const reply = await ask({ kind: 'apply', ...request }, [], onProgress)
      if (reply.kind !== 'parsed') throw new Error(`unexpected reply ${reply.kind}`)
      return reply.parsed
    },
    terminate() {
      worker.terminate()
      settle((p) => p.reject(new Error('people import cancelled')))
    },
  }
}
