import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { ValidationError, type Problem } from '@/domain/common/result'
import type { PackMode, PackProfile } from '@/domain/packs/pack-manifest'
import type { PackExport } from '@/domain/packs/pack-log'
import { packSelection } from '@/domain/packs/pack-window'
import type { CommandPostDatabase } from '@/db/database'
import { lastPackExportTo, nextPackSequence, recordPackExport } from '@/db/repositories/pack-export-repository'
import { readTownshipForPack } from '@/db/repositories/pack-source-repository'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { startPackZip, type BuiltPack, type PackMeta } from './build-pack'
import { PACK_PARTS, PEOPLE_PART, partSteps, WHOLE_PACK, type PackPart } from './pack-parts'
import { runPartHere, type PartJob, type PartRunner } from './prepare-part'

/** Progress of an export: which step, and how far. */
/** Progress of a build; `what` names the step just done while preparing (`<part>: <file>`, `<part>: read`). */
export type BuildProgress = (
  phase: 'preparing' | 'zipping' | 'hashing',
  done: number,
  total: number,
  what?: string,
) => void

/**
 * Writes a pack from its parts, each prepared by its runner, zipping each file as it comes; undefined when the
 * parts read the database at different states (a change committed between their reads).
 */
async function buildFromParts(
  parts: readonly (readonly [PackPart, PartRunner])[],
  job: PartJob,
  meta: PackMeta,
  password: string | undefined,
  onProgress: BuildProgress,
): Promise<BuiltPack | undefined> {
  const zip = startPackZip(password)
  const total = parts.reduce((sum, [part]) => sum + partSteps(part), 0)
  let done = 0
  // The parts read one after the other (two reads at once share the database and each takes as long as both)
  // and prepare at the same time: a part starts when the one before it has read.
  let previousRead: Promise<void> = Promise.resolve()
  const runs = parts.map(([part, run]) => {
    let readDone = () => {}
    const started = previousRead.then(() =>
      run(part, job, {
        read: () => {
          onProgress('preparing', done, total, `${part.name}: read`)
          readDone()
        },
        step: (what) => onProgress('preparing', ++done, total, `${part.name}: ${what}`),
        file: (file) => zip.add(file),
      }),
    )
    const ended = started.then(
      () => undefined,
      () => undefined,
    )
    previousRead = Promise.race([new Promise<void>((resolve) => (readDone = resolve)), ended])
    return started
  })
  // Settled, not Promise.all: a part that fails must not leave the other running unseen.
  const outcomes = await Promise.allSettled(runs)
  const stamps = new Set<string>()
  for (const outcome of outcomes) {
    if (outcome.status === 'rejected') throw outcome.reason
    stamps.add(outcome.value)
  }
  if (stamps.size > 1) return undefined
  onProgress('zipping', 0, 1)
  const built = await zip.finish(meta)
  onProgress('hashing', 1, 1)
  return built
}

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
 * the zip and forgotten: it is stored nowhere. The people are prepared by `elsewhere` when given (the pack
 * worker's helper on the second core), the rest here, at the same time.
 */
export async function exportPack(
  db: CommandPostDatabase,
  exporter: PackExporter,
  request: PackExportRequest,
  onProgress: BuildProgress = () => {},
  now: number = Date.now(),
  elsewhere?: PartRunner,
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
  const meta: PackMeta = {
    packId: newId('pck', now),
    appVersion: exporter.appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    township: { code: township.code, name: township.name, countyName: township.countyName },
    window,
    mode: request.mode,
    since,
    profile: request.profile,
    recipient,
    sequence: await nextPackSequence(db),
    operator: { id: exporter.actor.id, name: exporter.actor.name },
    createdAt: now,
  }
  const job: PartJob = { profile: request.profile, since, window }
  const password = request.password || undefined
  const here = runPartHere(db)
  const split = PACK_PARTS.map((part) => [part, part === PEOPLE_PART ? (elsewhere ?? here) : here] as const)
  let built = await buildFromParts(split, job, meta, password, onProgress)
  // The parts read different states: once more, whole, from one read (one state by construction).
  built ??= await buildFromParts([[WHOLE_PACK, here]], job, meta, password, onProgress)
  if (!built) throw new Error('a pack read in one transaction saw two states')
  const { manifest } = built
  const entry: PackExport = {
    id: manifest.packId,
    fileName: built.fileName,
    recipient,
    profile: manifest.profile,
    mode: manifest.mode,
    window: manifest.window,
    since,
    sequence: manifest.sequence,
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
