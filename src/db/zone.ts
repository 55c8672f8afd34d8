import Dexie from 'dexie'

/**
 * An already-settled value as a Dexie promise, for a repository function that returns early without touching
 * the database. Awaiting a plain resolved promise inside a transaction resumes outside Dexie's transaction zone
 * (the engine's await skips Dexie's zone tracking), so the next write would start a transaction of its own and
 * the outer one would commit early (PrematureCommitError). A Dexie promise keeps the zone.
 */
export function immediate<T>(value: T): Promise<T> {
  return Dexie.Promise.resolve(value)
}
