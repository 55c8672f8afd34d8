import type { NucleicTest } from '@/domain/control/nucleic-test'
import type { CommandPostDatabase } from './database'

/**
 * Stamps `closedAt` on a nucleic test whenever a write takes it out of the open ones (its `openDue` goes: the
 * result came in), and clears it when a write opens it again — whichever service writes (a result, a round's
 * retest, a pack restored). A Dexie hook, so it runs inside the write's own transaction.
 */
export function stampTestClosings(db: CommandPostDatabase): void {
  db.nucleicTests.hook('updating', (changes: Partial<NucleicTest>, _key, before: NucleicTest) => {
    const closes = before.openDue !== undefined && 'openDue' in changes && changes.openDue === undefined
    if (closes) return { closedAt: Date.now() }
    const reopens = changes.openDue !== undefined && before.closedAt !== undefined
    return reopens ? { closedAt: undefined } : undefined
  })
}
