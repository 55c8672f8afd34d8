// The ledger Web Worker, started by the pack worker for each full export: it builds the pack's ledgers
// (`ledgers/*.xlsx`, the 150k-row people ledger among them) on the second core while the pack worker masks,
// writes and hashes the data files. It never reads the database: its input is the rows the pack worker read in
// the pack's one transaction, so the ledgers and data/*.ndjson are the same snapshot.
import { buildLedgerPackFiles } from '@/services/ledgers/ledger-pack-files'
import type { LedgerBuildReply, LedgerBuildRequest } from './ledger-build-protocol'

// The app's tsconfig has the DOM library, not WebWorker: the worker scope is typed by hand.
const scope = globalThis as unknown as {
  postMessage(reply: LedgerBuildReply, transfer?: Transferable[]): void
  onmessage: ((event: MessageEvent<LedgerBuildRequest>) => void) | null
}

scope.onmessage = async (event) => {
  try {
    const files = await buildLedgerPackFiles(event.data)
    scope.postMessage({ kind: 'built', files }, [...new Set(files.map((file) => file.bytes.buffer as ArrayBuffer))])
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
