import type { Actor } from '@/domain/accounts/user'
import type { HealthCheck } from '@/domain/control/health-check'
import type { ControlMeasure } from '@/domain/control/measure'
import type { CommandPostDatabase } from '@/db/database'

/** What a fever reading tells whoever listens: the check as stored, its measure, the database and who recorded it. */
export interface FeverEvent {
  check: HealthCheck
  measure: ControlMeasure
  db: CommandPostDatabase
  actor: Actor
}

/**
 * Seams for other areas. `onFever`: called after a check with a reading ≥ 37.3 ℃ has committed; the wartime
 * log installs a listener at start-up that writes a log entry (services/log/fever-log.ts). A failing hook
 * never undoes the check.
 */
export interface ControlHooks {
  onFever?: (event: FeverEvent) => void | Promise<void>
}

const registered: ControlHooks = {}

/** Installs the app-wide hooks (the log area calls this once at start-up). */
export function setControlHooks(hooks: ControlHooks): void {
  Object.assign(registered, hooks)
}

/** The app-wide hooks installed so far. */
export function controlHooks(): ControlHooks {
  return registered
}
