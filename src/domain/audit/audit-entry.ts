import type { Instant } from '../common/entity'

/** What happened, in words the audit screen translates. `export`: a file holding personal data left the app. */
export type AuditAction =
  | 'create'
  | 'update'
  | 'retire'
  | 'restore'
  | 'import'
  | 'setup'
  | 'login'
  | 'loginFailed'
  | 'logout'
  | 'unlock'
  | 'reveal'
  | 'merge'
  | 'export'
  | 'post'
  | 'reverse'
  | 'approve'
  | 'refuse'
  | 'generate'
  | 'signIn'
  | 'handover'
  | 'sign'
  | 'unsign'
  | 'review'
  | 'submit'
  | 'amend'

/** Which register the entry is about: a table name (`duplicate`: the likely-duplicate review queue). */
// One line, unwrapped: test/unit/i18n/messages.test.ts reads the union from it.
// prettier-ignore
export type AuditEntity = 'township' | 'village' | 'user' | 'session' | 'person' | 'episode' | 'duplicate' | 'countyList' | 'logEntry' | 'order' | 'incident' | 'playbook' | 'supplyItem' | 'stockLocation' | 'stockDocument' | 'supplyFund' | 'measure' | 'site' | 'healthCheck' | 'nucleicTest' | 'riskDecision' | 'mapLayer' | 'mapSettings' | 'dutyStaff' | 'dutyPattern' | 'roster' | 'leave' | 'swap' | 'dutyShift' | 'pack' | 'riskRule' | 'ledgerTemplate' | 'ledger' | 'meeting' | 'report' | 'testingRound' | 'poolTube' | 'roundSample' | 'rulePack'

/**
 * 操作记录: one line of who did what to which record and when. Written in the same transaction as the change it
 * describes, never edited.
 */
export interface AuditEntry {
  id: string
  at: Instant
  actorId: string
  actorName: string
  action: AuditAction
  entity: AuditEntity
  entityId: string
  /** A short human-readable description, e.g. the village name. */
  summary: string
  /** Changed fields: before and after values, for updates. */
  changes?: Record<string, { before: unknown; after: unknown }>
}

/** The fields whose values differ between two versions of a record (shallow, by JSON text). */
export function diffFields<T extends object>(
  before: T,
  after: T,
  ignore: readonly string[] = ['updatedAt', 'updatedBy'],
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {}
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  for (const key of keys) {
    if (ignore.includes(key)) continue
    const a = (before as Record<string, unknown>)[key]
    const b = (after as Record<string, unknown>)[key]
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = { before: a, after: b }
  }
  return changes
}
