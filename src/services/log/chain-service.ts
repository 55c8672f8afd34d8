import { ChainVerifier, type ChainReport } from '@/domain/log/log-chain'
import type { CommandPostDatabase } from '@/db/database'
import { chainHead, walkChain } from '@/db/repositories/log/log-entry-repository'

/** How a verification is going: entries checked of those recorded in the head. */
export interface VerifyProgress {
  checked: number
  total: number
}

/** Entries hashed between two turns given back to the page: ~5–10 ms of work on a 2-core PC. */
const SLICE = 500

/**
 * Waits for the next task, so whatever the page has queued (a click, a render) runs before the check goes on. A
 * message, not `setTimeout(0)`: nested timeouts are held back 4 ms each, 0.4 s over a 50k-entry log.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * Verifies the whole log chain as stored: recomputes every entry's hash, checks each links to the one before
 * and that nothing after the last entry recorded in the head is gone. Lists every break, oldest first.
 *
 * The check runs at every start over the whole log (50k entries: about a second of hashing). It reads 1,000
 * entries at a time, hashes {@link SLICE} at a time and gives the page a turn in between, so the first screen
 * after sign-in is not held up behind it.
 */
export async function verifyLogChain(
  db: CommandPostDatabase,
  onProgress?: (progress: VerifyProgress) => void,
  verifier: ChainVerifier = new ChainVerifier(),
): Promise<ChainReport> {
  const head = await chainHead(db)
  await walkChain(
    db,
    async (entries) => {
      for (let from = 0; from < entries.length; from += SLICE) {
        await nextTask()
        const to = Math.min(from + SLICE, entries.length)
        for (let i = from; i < to; i++) verifier.add(entries[i])
      }
      onProgress?.({ checked: verifier.checked, total: head?.seq ?? verifier.checked })
    },
    1000,
    verifier.lastSeq,
  )
  return verifier.finish(head)
}

/**
 * Carries on a verification the header started: checks only the entries added since `verifier` last walked
 * (what the "log intact" indicator does after each new entry; a full check starts from a fresh verifier).
 */
export function verifyNewEntries(db: CommandPostDatabase, verifier: ChainVerifier): Promise<ChainReport> {
  return verifyLogChain(db, undefined, verifier)
}
