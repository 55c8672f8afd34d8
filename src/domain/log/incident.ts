import type { Instant, Stamped } from '../common/entity'
import type { Problem } from '../common/result'
import type { Playbook } from './playbook'

/** One action of an open incident: the playbook's action with its owner and when it was done. */
export interface IncidentAction {
  key: string
  title: string
  targetMinutes: number
  owner: string
  doneAt?: Instant
  doneBy?: string
  /** The log entry written when it was ticked. */
  logEntryId?: string
}

/** What the officer fills in to open an incident. */
export interface IncidentInput {
  /** The case 病例, e.g. "城关村 确诊病例 1 例（王某）". */
  title: string
  villageId: string
  /** When the case was reported to the command post; the action clocks run from it. */
  reportedAt: Instant
  playbookId: string
}

/** 涉疫事件: a reported positive or suspected case and the checklist it started. */
export interface Incident extends Stamped {
  id: string
  title: string
  villageId: string
  reportedAt: Instant
  playbookName: string
  actions: IncidentAction[]
  /** People of the register linked to it (close contacts…). */
  personIds: string[]
  state: 'open' | 'closed'
  /** When it was closed; incidents closed before the app dated closings have none. */
  closedAt?: Instant
}

/** How an action stands at `now`: done (in time or late), or pending (on time or overdue). */
export type ActionStatus = 'done' | 'done-late' | 'pending' | 'overdue'

/** When the action should be done by. */
export function actionDueAt(incident: Pick<Incident, 'reportedAt'>, action: IncidentAction): Instant {
  return incident.reportedAt + action.targetMinutes * 60_000
}

/** An action's status at `now`. */
export function actionStatus(
  incident: Pick<Incident, 'reportedAt'>,
  action: IncidentAction,
  now: Instant,
): ActionStatus {
  const due = actionDueAt(incident, action)
  if (action.doneAt !== undefined) return action.doneAt > due ? 'done-late' : 'done'
  return now > due ? 'overdue' : 'pending'
}

/** The checklist an incident starts with, copied from the playbook so later playbook edits leave it alone. */
export function actionsFromPlaybook(playbook: Playbook): IncidentAction[] {
  return playbook.actions.map((a) => ({ key: a.key, title: a.title, targetMinutes: a.targetMinutes, owner: '' }))
}

/** Problems with a new incident at `now`: a description of the case, and a report time not in the future. */
export function incidentProblems(input: IncidentInput, now: Instant): Problem[] {
  const problems: Problem[] = []
  if (!input.title.trim()) problems.push({ field: 'title', code: 'incident.titleRequired' })
  if (!Number.isFinite(input.reportedAt)) problems.push({ field: 'reportedAt', code: 'log.timeInvalid' })
  else if (input.reportedAt > now + 60_000) problems.push({ field: 'reportedAt', code: 'log.timeFuture' })
  return problems
}

/** `1:05:09` elapsed or `-0:12:00` to go: the running clock of an action, from the report time. */
export function clockText(milliseconds: number): string {
  const sign = milliseconds < 0 ? '-' : ''
  const total = Math.floor(Math.abs(milliseconds) / 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${sign}${Math.floor(total / 3600)}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`
}
