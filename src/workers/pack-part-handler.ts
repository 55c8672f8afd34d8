import { preparePackPart } from '@/services/packs/prepare-part'
import type { PackPartReply, PackPartRequest } from './pack-part-protocol'

/** The database the helper reads (the app's, or a test's). */
type PartDatabase = Parameters<typeof preparePackPart>[0]

/** The bytes of a view as an ArrayBuffer of their own, to transfer (the view may sit in a larger buffer). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes
  return byteOffset === 0 && byteLength === buffer.byteLength
    ? (buffer as ArrayBuffer)
    : (buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer)
}

/**
 * The helper's logic without the Worker: prepares the part it is asked for and posts each step and file as it
 * goes (files transferred), then the stamp of what it read. Runs in the helper worker and in a unit test alike.
 */
export function createPackPartHandler(
  post: (reply: PackPartReply, transfer?: Transferable[]) => void,
  database: () => Promise<PartDatabase>,
): (request: PackPartRequest) => Promise<void> {
  return async ({ part, job }) => {
    try {
      const stamp = await preparePackPart(await database(), part, job, {
        read: () => post({ kind: 'read' }),
        step: (what) => post({ kind: 'step', what }),
        file: (file) => {
          const bytes = ownBuffer(file.bytes)
          post({ kind: 'file', file: { ...file, bytes } }, [bytes])
        },
      })
      post({ kind: 'done', stamp })
    } catch (error) {
      post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }
}
