import type { HealthCheck } from '@/domain/control/health-check'
import type { ControlMeasure } from '@/domain/control/measure'

/** What a fever reading tells whoever listens: the check as stored, and the measure it belongs to. */
export interface FeverEvent {
  check: HealthCheck
  measure: ControlMeasure
}

/**
 * Seams for other areas. `onFever`: called after a check with a reading ≥ 37.3 ℃ has committed. The wartime
 * log (built on another branch) is meant to plug in here and write a log entry; until then nothing listens.
 * A failing hook never undoes the check.
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
