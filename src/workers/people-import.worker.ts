// The people-import Web Worker: reads and maps a sheet off the page's thread, so a 20k-row file keeps the
// screen responsive. Started by people-import-client.ts; the logic is people-import-handler.ts.
import { createPeopleImportHandler } from './people-import-handler'
import type { PeopleImportReply, PeopleImportRequest } from './people-import-protocol'

// The app's tsconfig has the DOM library, not WebWorker: the worker scope is typed by hand.
const scope = globalThis as unknown as {
  postMessage(reply: PeopleImportReply): void
  onmessage: ((event: MessageEvent<PeopleImportRequest>) => void) | null
}
const handle = createPeopleImportHandler((reply) => scope.postMessage(reply))
scope.onmessage = (event) => handle(event.data)
