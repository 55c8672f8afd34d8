/** A calendar day in local time (Asia/Shanghai), `YYYY-MM-DD`. */
export type LocalDate = string

/** An instant, epoch milliseconds. */
export type Instant = number

/** Who wrote a record and when: every stored entity carries these. */
export interface Stamped {
  createdAt: Instant
  createdBy: string
  updatedAt: Instant
  updatedBy: string
}

/** Soft delete: records are retired with a reason, never removed. */
export interface Retirable {
  retiredAt?: Instant
  retiredBy?: string
  retiredReason?: string
}

/** Fields the repository fills in on every write. */
export type StampFields = keyof Stamped | 'id'
