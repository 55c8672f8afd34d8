import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { generateDemoControl } from '@/domain/demo/control'
import { localToday } from '@/domain/person/dates'
import type { CommandPostDatabase } from '@/db/database'
import { addDemoControlData, demoSubjects } from '@/db/repositories/control/demo-control-repository'

/** Puts the demo township's recent close contacts, inbound travellers and returnees under measures. */
export async function addDemoControl(
  db: CommandPostDatabase,
  actor: Actor,
  today: LocalDate = localToday(),
): Promise<number> {
  const now = Date.now()
  const stamps = { createdAt: now, createdBy: actor.id, updatedAt: now, updatedBy: actor.id }
  const data = generateDemoControl(await demoSubjects(db), today, stamps)
  await addDemoControlData(db, data, actor)
  return data.measures.length
}
