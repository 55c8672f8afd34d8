import { ValidationError } from '@/domain/common/result'
import { exportPack } from '@/services/packs/export-service'
import { importOpenedPack } from '@/services/packs/import-service'
import { openPack, type OpenedPack } from '@/services/packs/open-pack'
import { runPartHere } from '@/services/packs/prepare-part'
import { findReceivedPack } from '@/services/packs/received-packs'
import { helperRunner, type PackPartWorkerLike } from './pack-part-runner'
import type { PackReply, PackRequest } from './pack-protocol'

/** The database the handler works on (the app's, or a test's). */
export type PackDatabase = Parameters<typeof exportPack>[0]

function failure(error: unknown): PackReply {
  const problems = error instanceof ValidationError ? error.problems : []
  return { kind: 'failed', problems, message: error instanceof Error ? error.message : String(error) }
}

/**
 * The pack worker's logic without the Worker: answers each request through `post`. Keeps the pack opened last,
 * so `import` writes exactly what was verified and shown. An export hands the people to a helper worker
 * (`helper` starts one) while it prepares the rest. Runs in a Web Worker and in a unit test alike.
 */
export function createPackHandler(
  post: (reply: PackReply, transfer?: Transferable[]) => void,
  database: () => Promise<PackDatabase>,
  helper?: () => PackPartWorkerLike,
): (request: PackRequest) => Promise<void> {
  let opened: OpenedPack | undefined
  return async (request) => {
    try {
      const db = await database()
      if (request.kind === 'export') {
        post({ kind: 'progress', phase: 'reading', done: 0, total: 1 })
        const elsewhere = helper && helperRunner(helper, runPartHere(db))
        const built = await exportPack(
          db,
          request.exporter,
          request.request,
          (phase, done, total, what) => post({ kind: 'progress', phase, done, total, what }),
          Date.now(),
          elsewhere,
        )
        const bytes = built.bytes.buffer.slice(
          built.bytes.byteOffset,
          built.bytes.byteOffset + built.bytes.byteLength,
        ) as ArrayBuffer
        post(
          {
            kind: 'exported',
            pack: { bytes, fileName: built.fileName, manifest: built.manifest, packHash: built.packHash },
          },
          [bytes],
        )
      } else if (request.kind === 'open') {
        opened = undefined
        post({ kind: 'progress', phase: 'verifying', done: 0, total: 1 })
        const pack = await openPack(new Uint8Array(request.bytes), request.fileName, request.password)
        opened = pack
        const importedBefore = await findReceivedPack(db, pack.manifest.packId)
        const { fileName, packHash, encrypted, manifest } = pack
        post({ kind: 'opened', summary: { fileName, packHash, encrypted, manifest, importedBefore } })
      } else {
        if (!opened) throw new ValidationError([{ field: 'pack', code: 'pack.notOpened' }])
        post({ kind: 'progress', phase: 'writing', done: 0, total: 1 })
        post({ kind: 'imported', outcome: await importOpenedPack(db, request.actor, opened) })
      }
    } catch (error) {
      post(failure(error))
    }
  }
}
