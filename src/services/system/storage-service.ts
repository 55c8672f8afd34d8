/** What the browser says about this app's storage. */
export interface StorageStatus {
  /** Persistent storage: the browser will not evict the database under storage pressure. */
  persisted: boolean | 'unsupported'
  usageBytes?: number
  quotaBytes?: number
}

/** Asks for persistent storage (once at start-up) so IndexedDB is never evicted; answers whether it was granted. */
export async function requestPersistentStorage(): Promise<boolean | 'unsupported'> {
  if (!navigator.storage?.persist) return 'unsupported'
  if (await navigator.storage.persisted()) return true
  return navigator.storage.persist()
}

/** Current persistence and space used, for the settings page. */
export async function readStorageStatus(): Promise<StorageStatus> {
  if (!navigator.storage?.persisted) return { persisted: 'unsupported' }
  const [persisted, estimate] = await Promise.all([navigator.storage.persisted(), navigator.storage.estimate()])
  return { persisted, usageBytes: estimate.usage, quotaBytes: estimate.quota }
}
