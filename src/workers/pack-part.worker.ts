// The pack worker's helper: prepares one part of a pack (the people) on the machine's second core, reading the
// database over its own connection. Started by pack-part-runner.ts inside the pack worker.
import { packDatabase } from '@/services/packs/pack-database'
import { createPackPartHandler } from './pack-part-handler'
import type { PackPartReply, PackPartRequest } from './pack-part-protocol'

// The app's tsconfig has the DOM library, not WebWorker: the worker scope is typed by hand.
const scope = globalThis as unknown as {
  postMessage(reply: PackPartReply, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<PackPartRequest>) => void) | null
}
const handle = createPackPartHandler((reply, transfer) => scope.postMessage(reply, transfer ?? []), packDatabase)
scope.onmessage = (event) => void handle(event.data)
