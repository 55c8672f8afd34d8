import type { Actor } from '@/domain/accounts/user'
import type { DemoControl, DemoSubject } from '@/domain/demo/control'
import type { CommandPostDatabase } from '../../database'
import { note, writeWithAudit } from '../../write'

/** Every registered episode with its person's name and village (the demo's few hundred people). */
export async function demoSubjects(db: CommandPostDatabase): Promise<DemoSubject[]> {
  const [episodes, persons] = await Promise.all([db.episodes.toArray(), db.persons.toArray()])
  const byId = new Map(persons.map((p) => [p.id, p]))
  return episodes.flatMap((episode) => {
    const person = byId.get(episode.personId)
    return person && !person.mergedInto ? [{ episode, name: person.name, villageId: person.villageId }] : []
  })
}

/** Writes the demo's site, measures, checks and tests in bulk, with one audit line. */
export function addDemoControlData(db: CommandPostDatabase, data: DemoControl, actor: Actor): Promise<void> {
  return writeWithAudit(db, actor, [db.sites, db.measures, db.healthChecks, db.nucleicTests], async (ctx) => {
    await db.sites.add(data.site)
    await db.measures.bulkAdd(data.measures)
    await db.healthChecks.bulkAdd(data.checks)
    await db.nucleicTests.bulkAdd(data.tests)
    await ctx.audit(note('import', 'measure', data.site.id, `示范管控措施 ${data.measures.length} 条`))
  })
}
