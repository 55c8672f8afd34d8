// Reads a geometry file off the page's thread: a 30 MB GeoJSON parses and checks for seconds, and the progress
// bar must keep moving meanwhile. Started by map-import-client.ts; the logic is map-import-handler.ts.
import { handleMapImport, type MapImportReply, type MapImportRequest } from './map-import-handler'

// The app's tsconfig has the DOM library, not WebWorker: the worker scope is typed by hand.
const scope = globalThis as unknown as {
  postMessage(reply: MapImportReply, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<MapImportRequest>) => void) | null
}
scope.onmessage = (event) => void handleMapImport(event.data, (reply, transfer) => scope.postMessage(reply, transfer))
