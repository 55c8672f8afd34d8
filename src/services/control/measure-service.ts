import type { Role } from '@/domain/accounts/roles'
import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { ValidationError, type Problem } from '@/domain/common/result'
import type { ControlMeasure, ReleaseReason } from '@/domain/control/measure'
import {
  changeEnd,
  planMeasure,
  release,
  transfer,
  type StartMeasureInput,
  type TransferInput,
} from '@/domain/control/measure-rules'
import { NATIONAL_PACKS } from '@/domain/control/national-packs'
import { packInForce, type RulePack } from '@/domain/control/rule-pack'
import { localToday } from '@/domain/person/dates'
import type { CommandPostDatabase } from '@/db/database'
import { getEpisode } from '@/db/repositories/episode-repository'
import { createMeasure, getMeasure, saveMeasureChange } from '@/db/repositories/control/measure-repository'
import { getPerson } from '@/db/repositories/person-repository'
import { findPack } from './pack-service'
import { requireControl } from './control-permission'

/** The shipped national packs (the stored local ones join them through `allPacks` in pack-service). */
export function availablePacks(): readonly RulePack[] {
  return NATIONAL_PACKS
}

/** The pack to suggest for a day: the one in force, else the latest (an exercise after 2023). */
export function suggestedPack(date: LocalDate, packs: readonly RulePack[] = availablePacks()): RulePack {
  return packInForce(packs, date) ?? packs[packs.length - 1]
}

/** Starts a measure for an episode: the pack's schedule from the anchor day, test appointments, the room checked. */
export async function startMeasure(
  db: CommandPostDatabase,
  episodeId: string,
  input: StartMeasureInput,
  actor: Actor,
  role: Role,
): Promise<ControlMeasure> {
  requireControl(role, 'episodeId')
  const episode = await getEpisode(db, episodeId)
  if (!episode) throw new ValidationError([{ field: 'episodeId', code: 'notFound' }])
  const person = await getPerson(db, episode.personId)
  if (!person) throw new ValidationError([{ field: 'personId', code: 'notFound' }])
  const subject = {
    personId: person.id,
    episodeId,
    villageId: person.villageId,
    personName: person.name,
    category: episode.kind,
  }
  const pack = await findPack(db, input.packId)
  const planned = planMeasure(subject, pack, input, { at: Date.now(), name: actor.name })
  if (!planned.measure) throw new ValidationError(planned.problems)
  return createMeasure(db, planned.measure, actor)
}

async function requireMeasure(db: CommandPostDatabase, id: string): Promise<ControlMeasure> {
  const measure = await getMeasure(db, id)
  if (!measure) throw new ValidationError([{ field: 'id', code: 'notFound' }])
  return measure
}

function saved(db: CommandPostDatabase, before: ControlMeasure, actor: Actor) {
  return (result: { problems: Problem[]; measure?: ControlMeasure }) => {
    if (!result.measure) throw new ValidationError(result.problems)
    return saveMeasureChange(db, before, result.measure, actor)
  }
}

/** 延长 / 缩短 to a new planned end, with a reason. */
export async function changeMeasureEnd(
  db: CommandPostDatabase,
  id: string,
  newEnd: LocalDate,
  reason: string,
  actor: Actor,
  role: Role,
) {
  requireControl(role, 'newEnd')
  const before = await requireMeasure(db, id)
  return saved(db, before, actor)(changeEnd(before, newEnd, reason, { at: Date.now(), name: actor.name }))
}

/** 转运: home ↔ centralized ↔ hospital from a day on. */
export async function transferMeasure(
  db: CommandPostDatabase,
  id: string,
  input: TransferInput,
  actor: Actor,
  role: Role,
) {
  requireControl(role, 'toType')
  const before = await requireMeasure(db, id)
  return saved(db, before, actor)(transfer(before, input, { at: Date.now(), name: actor.name }))
}

/** 解除 with a reason (default today). */
export async function releaseMeasure(
  db: CommandPostDatabase,
  id: string,
  reason: ReleaseReason,
  note: string,
  actor: Actor,
  role: Role,
  date: LocalDate = localToday(),
) {
  requireControl(role, 'reason')
  const before = await requireMeasure(db, id)
  return saved(db, before, actor)(release(before, date, reason, note, { at: Date.now(), name: actor.name }))
}
