import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { generateDemoRound } from '@/domain/demo/rounds'
import { localToday } from '@/domain/person/dates'
import type { CommandPostDatabase } from '@/db/database'
import { addRoundData, registeredPeopleOf } from '@/db/repositories/control/round-repository'
import { listActiveVillages } from '@/db/repositories/village-repository'

/** Puts a mass testing round in progress (yesterday and today) over the demo township's three busiest villages. */
export async function addDemoRound(
  db: CommandPostDatabase,
  actor: Actor,
  today: LocalDate = localToday(),
): Promise<void> {
  const now = Date.now()
  const stamps = { createdAt: now, createdBy: actor.id, updatedAt: now, updatedBy: actor.id }
  const villages = (await listActiveVillages(db)).map((v) => v.id)
  const people = await registeredPeopleOf(db, villages)
  // The three villages with the most registered people, so the round has a few dozen tubes' worth.
  const size = (id: string) => people.filter((p) => p.villageId === id).length
  const busiest = [...villages].sort((a, b) => size(b) - size(a)).slice(0, 3)
  await addRoundData(db, generateDemoRound(people, busiest, today, stamps), actor)
}
