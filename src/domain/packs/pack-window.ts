import type { Instant, LocalDate } from '../common/entity'
import type { PackMode } from './pack-manifest'

/** The last pack written to a recipient, as the export log knows it. */
export interface PreviousPack {
  createdAt: Instant
  windowTo: LocalDate
}

/** The local date (Asia/Shanghai, UTC+8) of an instant. */
export function shanghaiDate(instant: Instant): LocalDate {
  return new Date(instant + 8 * 3600_000).toISOString().slice(0, 10)
}

/**
 * Which records a pack takes and which days it names. Full: every record, from the township's setup day to
 * today. Incremental: records changed after the last pack to the same recipient (every record when there was
 * none), from that pack's day to today.
 */
export function packSelection(
  mode: PackMode,
  now: Instant,
  setupAt: Instant,
  previous: PreviousPack | undefined,
): { since: Instant; window: { from: LocalDate; to: LocalDate } } {
  const to = shanghaiDate(now)
  if (mode === 'incremental' && previous) return { since: previous.createdAt, window: { from: previous.windowTo, to } }
  return { since: 0, window: { from: shanghaiDate(Math.min(setupAt || now, now)), to } }
}
