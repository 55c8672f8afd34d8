import { ChainVerifier, type ChainReport } from '@/domain/log/log-chain'
import type { CommandPostDatabase } from '@/db/database'
import { chainHead, walkChain } from '@/db/repositories/log/log-entry-repository'

/** How a verification is going: entries checked of those recorded in the head. */
export interface VerifyProgress {
  checked: number
  total: number
}

/**
 * Verifies the whole log chain as stored: recomputes every entry's hash, checks each links to the one before
 * and that nothing after the last entry recorded in the head is gone. Lists every break, oldest first.
 */
export async function verifyLogChain(
  db: CommandPostDatabase,
  onProgress?: (progress: VerifyProgress) => void,
  verifier: ChainVerifier = new ChainVerifier(),
): Promise<ChainReport> {
  const head = await chainHead(db)
  await walkChain(
    db,
    (entries) => {
      for (const entry of entries) verifier.add(entry)
      onProgress?.({ checked: verifier.checked, total: head?.seq ?? verifier.checked })
    },
    5000,
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
