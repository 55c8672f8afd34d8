import { can, type Role } from '@/domain/accounts/roles'
import { ValidationError } from '@/domain/common/result'

/**
 * Refuses, before anything is read, a role that may not do control work (measures, tests, testing rounds): the
 * services check it themselves, so a screen that forgot to hide a button still cannot write.
 */
export function requireControl(role: Role, field = 'round'): void {
  if (!can(role, 'control.record')) throw new ValidationError([{ field, code: 'control.forbidden' }])
}
