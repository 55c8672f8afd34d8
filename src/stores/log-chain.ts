import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { ChainVerifier, type ChainReport } from '@/domain/log/log-chain'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { chainHead } from '@/db/repositories/log/log-entry-repository'
import { verifyLogChain, type VerifyProgress } from '@/services/log/chain-service'

/** The "log intact" indicator: a full check at start and on demand, and a check of each new entry as it comes. */
export const useLogChainStore = defineStore('log-chain', () => {
  const report = shallowRef<ChainReport | null>(null)
  const checking = ref(false)
  const progress = ref<VerifyProgress>({ checked: 0, total: 0 })
  const error = ref<unknown>(null)
  let verifier = new ChainVerifier()
  let stopHead: (() => void) | undefined
  let running: Promise<void> = Promise.resolve()

  function run(full: boolean): Promise<void> {
    running = running.then(async () => {
      if (full) verifier = new ChainVerifier()
      checking.value = full
      try {
        report.value = await verifyLogChain(await appDatabase(), (p) => (progress.value = p), verifier)
        error.value = null
      } catch (e) {
        error.value = e
      } finally {
        checking.value = false
      }
    })
    return running
  }

  /** Checks the whole chain from the first entry. */
  function verifyAll(): Promise<void> {
    return run(true)
  }

  /** Starts watching: a full check now, then the new entries whenever the head moves. */
  async function watch(): Promise<void> {
    if (stopHead) return
    const db = await appDatabase()
    let first = true
    stopHead = watchQuery(
      () => chainHead(db),
      () => {
        void run(first)
        first = false
      },
      (e) => (error.value = e),
    )
  }

  function stop(): void {
    stopHead?.()
    stopHead = undefined
  }

  return { report, checking, progress, error, verifyAll, watch, stop }
})
