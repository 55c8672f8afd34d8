// The pack Web Worker: builds, verifies and imports data packs off the page's thread, so a 100k-person pack
// keeps the screen responsive. Started by pack-client.ts; the logic is pack-handler.ts.
import { packDatabase } from '@/services/packs/pack-database'
import { createPackHandler } from './pack-handler'
import { helperWorker } from './pack-part-runner'
import type { PackReply, PackRequest } from './pack-protocol'

// The app's tsconfig has the DOM library, not WebWorker: the worker scope is typed by hand.
const scope = globalThis as unknown as {
  postMessage(reply: PackReply, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<PackRequest>) => void) | null
}
const handle = createPackHandler(
  (reply, transfer) => scope.postMessage(reply, transfer ?? []),
  packDatabase,
  helperWorker,
)
scope.onmessage = (event) => void handle(event.data)
