import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { incidentProblems, type Incident, type IncidentInput } from '@/domain/log/incident'
import type { LogEntry } from '@/domain/log/log-entry'
import type { Order } from '@/domain/log/order'
import { DEFAULT_PLAYBOOK, playbookProblems, type Playbook } from '@/domain/log/playbook'
import type { CommandPostDatabase } from '@/db/database'
import type { PersonRow } from '@/db/person-row'
import { entriesLinkedTo } from '@/db/repositories/log/log-entry-repository'
import {
  changeIncident,
  getIncident,
  listPlaybooks,
  openIncident as openIncidentRecord,
  savePlaybook,
} from '@/db/repositories/log/incident-repository'
import { ordersOfIncident } from '@/db/repositories/log/order-repository'
import { getPeople } from '@/db/repositories/person-repository'

/** The playbooks to choose from: the saved ones, and the built-in ten first-time actions unless saved over. */
export async function playbooks(db: CommandPostDatabase): Promise<Playbook[]> {
  const saved = await listPlaybooks(db)
  return saved.some((p) => p.id === DEFAULT_PLAYBOOK.id) ? saved : [DEFAULT_PLAYBOOK, ...saved]
}

/** Saves an edited playbook (names, target minutes, actions). @throws ValidationError */
export async function storePlaybook(db: CommandPostDatabase, actor: Actor, playbook: Playbook): Promise<Playbook> {
  const clean = {
    ...playbook,
    name: playbook.name.trim(),
    actions: playbook.actions.map((a) => ({ ...a, title: a.title.trim() })),
  }
  const problems = playbookProblems(clean)
  if (problems.length) throw new ValidationError(problems)
  return savePlaybook(db, actor, clean)
}

/** Opens an incident with its playbook's checklist and a log entry. @throws ValidationError */
export async function openIncident(db: CommandPostDatabase, actor: Actor, input: IncidentInput): Promise<Incident> {
  const problems = incidentProblems(input, Date.now())
  const playbook = (await playbooks(db)).find((p) => p.id === input.playbookId)
  if (!playbook) problems.push({ field: 'playbookId', code: 'incident.playbookRequired' })
  if (problems.length || !playbook) throw new ValidationError(problems)
  return openIncidentRecord(db, actor, input, playbook)
}

/** Ticks an action as done now (or un-ticks it), with a log entry either way. */
export function setActionDone(
  db: CommandPostDatabase,
  actor: Actor,
  incidentId: string,
  key: string,
  done: boolean,
): Promise<Incident> {
  return changeIncident(db, actor, incidentId, (incident, now) => {
    const action = incident.actions.find((a) => a.key === key)
    if (!action) throw new ValidationError([{ field: 'key', code: 'notFound' }])
    const actions = incident.actions.map((a) =>
      a.key !== key
        ? a
        : done
          ? { ...a, doneAt: now, doneBy: actor.name, logEntryId: undefined }
          : { key: a.key, title: a.title, targetMinutes: a.targetMinutes, owner: a.owner },
    )
    const owner = action.owner ? `（${action.owner}）` : ''
    const content = done ? `已完成：${action.title}${owner}` : `撤销完成标记：${action.title}`
    return { next: { ...incident, actions }, log: { content: `${incident.title} · ${content}` } }
  })
}

/** Sets who owns an action (no log entry: the entry is written when it is done). */
export function setActionOwner(
  db: CommandPostDatabase,
  actor: Actor,
  incidentId: string,
  key: string,
  owner: string,
): Promise<Incident> {
  return changeIncident(db, actor, incidentId, (incident) => ({
    next: { ...incident, actions: incident.actions.map((a) => (a.key === key ? { ...a, owner: owner.trim() } : a)) },
  }))
}

/** Links a person of the register (e.g. a close contact) to the incident, with a log entry. */
export function linkPerson(
  db: CommandPostDatabase,
  actor: Actor,
  incidentId: string,
  person: Pick<PersonRow, 'id' | 'name'>,
): Promise<Incident> {
  return changeIncident(db, actor, incidentId, (incident) => {
    if (incident.personIds.includes(person.id))
      throw new ValidationError([{ field: 'person', code: 'incident.personLinked' }])
    return {
      next: { ...incident, personIds: [...incident.personIds, person.id] },
      log: { content: `${incident.title} · 关联人员：${person.name}`, links: [{ type: 'person', id: person.id }] },
    }
  })
}

/** Closes an incident (all actions stay as they are), with a log entry. */
export function closeIncident(db: CommandPostDatabase, actor: Actor, incidentId: string): Promise<Incident> {
  return changeIncident(db, actor, incidentId, (incident, now) => ({
    next: { ...incident, state: 'closed', closedAt: now },
    log: { content: `${incident.title} · 事件处置结束` },
  }))
}

/** What an incident's page shows: the incident, its log entries, its orders and its linked people. */
export interface IncidentTimeline {
  incident: Incident
  entries: LogEntry[]
  orders: Order[]
  people: PersonRow[]
}

/** An incident with everything linked to it, or undefined when it does not exist. */
export async function incidentTimeline(db: CommandPostDatabase, id: string): Promise<IncidentTimeline | undefined> {
  const incident = await getIncident(db, id)
  if (!incident) return undefined
  const [entries, orders, people] = await Promise.all([
    entriesLinkedTo(db, 'incident', id),
    ordersOfIncident(db, id),
    getPeople(db, incident.personIds),
  ])
  return { incident, entries, orders, people: people.filter((p): p is PersonRow => p !== undefined) }
}
