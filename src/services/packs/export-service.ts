import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { ValidationError, type Problem } from '@/domain/common/result'
import type { PackMode, PackProfile } from '@/domain/packs/pack-manifest'
import type { PackExport } from '@/domain/packs/pack-log'
import { PACK_TABLES } from '@/domain/packs/pack-tables'
import { packSelection } from '@/domain/packs/pack-window'
import type { CommandPostDatabase } from '@/db/database'
import { lastPackExportTo, nextPackSequence, recordPackExport } from '@/db/repositories/pack-export-repository'
import { readTownshipForPack, selectPackRecords } from '@/db/repositories/pack-source-repository'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { collectPackAttachments } from './pack-attachments'
import { buildPack, type BuildProgress, type BuiltPack } from './build-pack'

/** Shortest pack password accepted: it is typed once on each side, and guards ID numbers. */
export const MIN_PACK_PASSWORD_LENGTH = 6

/** What the clerk chooses on the export form. */
export interface PackExportRequest {
  recipient: string
  profile: PackProfile
  mode: PackMode
  /** Empty or absent: a plain zip. */
  password?: string
}

/** Who exports, and whether they may write full ID numbers (`packs.full`). */
export interface PackExporter {
  actor: Actor
  mayExportFull: boolean
  appVersion: string
}

/** Problems with an export request (codes under `problems.pack.`). */
export function packExportProblems(request: PackExportRequest, mayExportFull: boolean): Problem[] {
  const problems: Problem[] = []
  if (request.recipient.trim() === '') problems.push({ field: 'recipient', code: 'pack.recipientRequired' })
  if (request.profile === 'full' && !mayExportFull) problems.push({ field: 'profile', code: 'pack.fullNotAllowed' })
  const password = request.password ?? ''
  if (password !== '' && [...password].length < MIN_PACK_PASSWORD_LENGTH)
    problems.push({ field: 'password', code: 'pack.passwordTooShort', params: { min: MIN_PACK_PASSWORD_LENGTH } })
  return problems
}

/**
 * Writes a data pack: checks the request, selects the records (all, or changed since the last pack to the same
 * recipient), builds the zip, and records it in the export log with an audit line. The password is used for
 * the zip and forgotten: it is stored nowhere.
 */
export async function exportPack(
  db: CommandPostDatabase,
  exporter: PackExporter,
  request: PackExportRequest,
  onProgress: BuildProgress = () => {},
  now: number = Date.now(),
): Promise<BuiltPack> {
  const problems = packExportProblems(request, exporter.mayExportFull)
  if (problems.length) throw new ValidationError(problems)
  const township = await readTownshipForPack(db)
  if (!township) throw new ValidationError([{ field: 'township', code: 'pack.noTownship' }])
  const recipient = request.recipient.trim()
  const previous = await lastPackExportTo(db, recipient)
  const { since, window } = packSelection(
    request.mode,
    now,
    township.setupCompletedAt,
    previous && {
      createdAt: previous.createdAt,
      windowTo: previous.window.to,
    },
  )
  const records = await selectPackRecords(db, PACK_TABLES, since)
  onProgress('documents', 0, 1)
  const attachments = await collectPackAttachments(db, {
    window,
    profile: request.profile,
    fullRecords: request.mode === 'full' ? records : undefined,
  })
  const sequence = await nextPackSequence(db)
  const built = await buildPack(
    records,
    {
      packId: newId('pck', now),
      appVersion: exporter.appVersion,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      township: { code: township.code, name: township.name, countyName: township.countyName },
      window,
      mode: request.mode,
      since,
      profile: request.profile,
      recipient,
      sequence,
      operator: { id: exporter.actor.id, name: exporter.actor.name },
      createdAt: now,
    },
    request.password || undefined,
    onProgress,
    attachments,
  )
  const { manifest } = built
  const entry: PackExport = {
    id: manifest.packId,
    fileName: built.fileName,
    recipient,
    profile: manifest.profile,
    mode: manifest.mode,
    window: manifest.window,
    since,
    sequence,
    counts: manifest.counts,
    packHash: built.packHash,
    encrypted: Boolean(request.password),
    createdAt: now,
    createdBy: exporter.actor.id,
    createdByName: exporter.actor.name,
  }
  await recordPackExport(db, exporter.actor, entry)
  return built
}
