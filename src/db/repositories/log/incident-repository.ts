import type { Actor } from '@/domain/accounts/user'
import { newId } from '@/domain/common/ids'
import { ValidationError } from '@/domain/common/result'
import type { Incident, IncidentInput } from '@/domain/log/incident'
import { actionsFromPlaybook } from '@/domain/log/incident'
import type { LogLink } from '@/domain/log/log-entry'
import type { Playbook } from '@/domain/log/playbook'
import type { CommandPostDatabase } from '../../database'
import { note, writeWithAudit } from '../../write'
import { appendInWrite, logTables } from './log-entry-repository'

/** Opens an incident with the playbook's checklist, and its 报告 log entry, in one transaction. */
export function openIncident(
  db: CommandPostDatabase,
  actor: Actor,
  input: IncidentInput,
  playbook: Playbook,
): Promise<Incident> {
  return writeWithAudit(db, actor, [db.incidents, ...logTables(db)], async (ctx) => {
    const incident: Incident = {
      id: newId('inc', ctx.now),
      title: input.title.trim(),
      villageId: input.villageId,
      reportedAt: input.reportedAt,
      playbookName: playbook.name,
      actions: actionsFromPlaybook(playbook),
      personIds: [],
      state: 'open',
      ...ctx.stampNew(),
    }
    await db.incidents.add(incident)
    await appendInWrite(ctx, {
      kind: 'report',
      occurredAt: input.reportedAt,
      villageId: input.villageId,
      content: `启动涉疫事件处置（${playbook.name}）：${incident.title}`,
      links: [{ type: 'incident', id: incident.id }],
    })
    await ctx.audit(note('create', 'incident', incident.id, incident.title.slice(0, 40)))
    return incident
  })
}

/** A change to one incident, with the log entry it writes (undefined: no entry). */
type IncidentChange = (
  incident: Incident,
  now: number,
) => { next: Incident; log?: { content: string; links?: LogLink[] } }

/** Applies a change to an incident and writes its log entry and audit line, in one transaction. */
export function changeIncident(
  db: CommandPostDatabase,
  actor: Actor,
  id: string,
  change: IncidentChange,
): Promise<Incident> {
  return writeWithAudit(db, actor, [db.incidents, ...logTables(db)], async (ctx) => {
    const before = await db.incidents.get(id)
    if (!before) throw new ValidationError([{ field: 'id', code: 'notFound' }])
    const { next, log } = change(before, ctx.now)
    let after: Incident = { ...next, updatedAt: ctx.now, updatedBy: actor.id }
    if (log) {
      const entry = await appendInWrite(ctx, {
        kind: 'decision',
        villageId: before.villageId,
        content: log.content,
        links: [{ type: 'incident', id }, ...(log.links ?? [])],
      })
      after = {
        ...after,
        actions: after.actions.map((a) => (a.doneAt === ctx.now && !a.logEntryId ? { ...a, logEntryId: entry.id } : a)),
      }
    }
    await db.incidents.put(after)
    await ctx.audit(note('update', 'incident', id, log?.content.slice(0, 40) ?? before.title.slice(0, 40)))
    return after
  })
}

/** One incident. */
export function getIncident(db: CommandPostDatabase, id: string): Promise<Incident | undefined> {
  return db.incidents.get(id)
}

/** Incidents, newest report first. */
export function listIncidents(db: CommandPostDatabase): Promise<Incident[]> {
  return db.incidents.orderBy('reportedAt').reverse().toArray()
}

/** Saved playbooks. */
export function listPlaybooks(db: CommandPostDatabase): Promise<Playbook[]> {
  return db.playbooks.toArray()
}

/** Saves (adds or replaces) a playbook. Checked upstream. */
export function savePlaybook(db: CommandPostDatabase, actor: Actor, playbook: Playbook): Promise<Playbook> {
  return writeWithAudit(db, actor, [db.playbooks], async (ctx) => {
    const exists = await db.playbooks.get(playbook.id)
    await db.playbooks.put(playbook)
    await ctx.audit(note(exists ? 'update' : 'create', 'playbook', playbook.id, playbook.name))
    return playbook
  })
}
