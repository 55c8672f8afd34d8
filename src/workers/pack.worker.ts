// The pack Web Worker: builds, verifies and imports data packs off the page's thread, so a 100k-person pack
// keeps the screen responsive. Started by pack-client.ts; the logic is pack-handler.ts.
import { packDatabase } from '@/services/packs/pack-database'
import { ledgerWorkerBuilder } from './ledger-build-client'
import { createPackHandler } from './pack-handler'
import type { PackReply, PackRequest } from './pack-protocol'

// The app's tsconfig has the DOM library, not WebWorker: the worker scope is typed by hand.
const scope = globalThis as unknown as {
  postMessage(reply: PackReply, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<PackRequest>) => void) | null
}
// The ledgers are built in a worker of their own where a worker may start one (Chromium, Electron).
const buildLedgers = typeof Worker === 'function' ? ledgerWorkerBuilder() : undefined
const handle = createPackHandler(
  (reply, transfer) => scope.postMessage(reply, transfer ?? []),
  packDatabase,
  buildLedgers,
)
scope.onmessage = (event) => void handle(event.data)
