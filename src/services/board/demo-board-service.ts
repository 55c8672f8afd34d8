import type { Actor } from '@/domain/accounts/user'
import { demoIncident } from '@/domain/demo/board'
import { DEFAULT_PLAYBOOK } from '@/domain/log/playbook'
import type { Village } from '@/domain/township/village'
import type { CommandPostDatabase } from '@/db/database'
import { openIncident, setActionDone } from '@/services/log/incident-service'

/**
 * Adds the demo's incident under way (the board's "active incidents" and the incidents screen have one to
 * show), through the log area's own incident service: opened, then its first actions ticked one by one.
 */
export async function addDemoBoard(db: CommandPostDatabase, villages: readonly Village[], actor: Actor): Promise<void> {
  const demo = demoIncident(villages, Date.now(), DEFAULT_PLAYBOOK.id)
  if (!demo) return
  const incident = await openIncident(db, actor, demo.input)
  for (const action of incident.actions.slice(0, demo.actionsDone))
    await setActionDone(db, actor, incident.id, action.key, true)
}
