import { expect, it } from 'vitest'
import { can, ROLES } from '@/domain/accounts/roles'

it('splits supplies into recording documents and keeping the catalogue and the reserve fund', () => {
  const grants = (permission: 'supplies.record' | 'supplies.manage') => ROLES.filter((role) => can(role, permission))
  // Duty officers post what they hand out; leaders decide the reserve but do not keep the ledger.
  expect(grants('supplies.record')).toEqual(['admin', 'duty', 'clerk'])
  expect(grants('supplies.manage')).toEqual(['admin', 'leader', 'clerk'])
})
