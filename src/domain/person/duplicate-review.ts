import type { Instant, Stamped } from '../common/entity'
import type { DuplicateReason } from './matching'

/** Where a review stands: waiting for a clerk, or decided (merged into one person, or two different people). */
export type DuplicateReviewStatus = 'open' | 'merged' | 'distinct'

/**
 * 疑似重复: two registered people who look like one (same name and phone, same name and birth date, a document
 * number one character off). Queued when the second is registered, never blocking entry; a clerk merges them or
 * marks them distinct, and a decided pair is not queued again.
 */
export interface DuplicateReview extends Stamped {
  /** `dup_<ulid>` */
  id: string
  /** The person registered later: the one whose registration found the match. */
  personId: string
  /** The person already in the register. */
  otherId: string
  reasons: DuplicateReason[]
  status: DuplicateReviewStatus
  resolvedAt?: Instant
  resolvedBy?: string
}
