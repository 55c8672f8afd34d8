import type { Actor } from '@/domain/accounts/user'
import type { PackImport } from '@/domain/packs/pack-log'
import type { CommandPostDatabase } from '@/db/database'
import { findPackImport, storeReceivedPack } from '@/db/repositories/received-pack-repository'
import type { OpenedPack } from './open-pack'

/** What importing a verified pack did: stored its records, or nothing because it was imported before. */
export type PackImportOutcome =
  { kind: 'imported'; entry: PackImport } | { kind: 'already-imported'; entry: PackImport }

/**
 * Imports a verified pack into the received records, kept apart by its township code. The same pack again
 * (same packId) changes nothing; a newer pack of the same township updates the records it carries.
 */
export async function importOpenedPack(
  db: CommandPostDatabase,
  actor: Actor,
  pack: OpenedPack,
  now: number = Date.now(),
): Promise<PackImportOutcome> {
  const { manifest } = pack
  const before = await findPackImport(db, manifest.packId)
  if (before) return { kind: 'already-imported', entry: before }
  const entry = await storeReceivedPack(
    db,
    actor,
    { township: manifest.township.code, packId: manifest.packId, tables: pack.tables },
    {
      id: manifest.packId,
      fileName: pack.fileName,
      packHash: pack.packHash,
      township: manifest.township,
      window: manifest.window,
      profile: manifest.profile,
      mode: manifest.mode,
      sequence: manifest.sequence,
      packCreatedAt: manifest.createdAt,
      operatorName: manifest.operator?.name ?? '',
      counts: manifest.counts,
      importedAt: now,
      importedBy: actor.id,
      importedByName: actor.name,
    },
  )
  return { kind: 'imported', entry }
}
