import type { Actor } from '@/domain/accounts/user'
import type { LocalDate } from '@/domain/common/entity'
import { demoStockLocations, generateDemoSupplies } from '@/domain/demo/supplies'
import { localToday } from '@/domain/person/dates'
import type { Village } from '@/domain/township/village'
import type { CommandPostDatabase } from '@/db/database'
import { listItems } from '@/db/repositories/supply-catalogue-repository'
import { addLocation, openSupplies } from './catalogue-service'
import { recordDocument } from './document-service'

/**
 * Gives the demo township its supplies: the catalogue, five stock points and a month of documents ending
 * `today`, each posted through the same path a clerk's document takes. Posted as the administrator the setup
 * wizard creates. Returns how many documents were posted.
 */
export async function addDemoSupplies(
  db: CommandPostDatabase,
  villages: readonly Village[],
  actor: Actor,
  today: LocalDate = localToday(),
): Promise<number> {
  await openSupplies(db, actor)
  const locations = []
  for (const input of demoStockLocations(villages)) locations.push(await addLocation(db, input, actor, 'admin'))
  const items = new Map((await listItems(db)).map((i) => [i.code, i.id]))
  const documents = generateDemoSupplies(
    (code) => items.get(code) ?? code,
    locations.map((l) => l.id),
    villages.map((v) => v.name),
    today,
  )
  for (const document of documents) await recordDocument(db, document, actor, 'admin', today)
  return documents.length
}
