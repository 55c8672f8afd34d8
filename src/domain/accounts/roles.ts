/** The four roles of a command post: 管理员, 领导, 值班员, 文书. */
export type Role = 'admin' | 'leader' | 'duty' | 'clerk'

/** All roles, in the order screens list them. */
export const ROLES: readonly Role[] = ['admin', 'leader', 'duty', 'clerk']

/**
 * What a signed-in user may do; each screen and service asks for one of these. `people.reveal`: see a person's
 * full ID number and phones (everyone sees them masked by default; each reveal is written to the audit log).
 * `playbooks.edit`: change the incident playbooks (the ten first-time actions and their target minutes).
 */
export type Permission =
  | 'settings.edit'
  | 'users.manage'
  | 'villages.edit'
  | 'villages.import'
  | 'audit.view'
  | 'people.reveal'
  | 'playbooks.edit'

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: [
    'settings.edit',
    'users.manage',
    'villages.edit',
    'villages.import',
    'audit.view',
    'people.reveal',
    'playbooks.edit',
  ],
  // Leaders set the incident playbooks (the actions and their target times) the post works to.
  leader: ['villages.edit', 'audit.view', 'people.reveal', 'playbooks.edit'],
  clerk: ['villages.edit', 'villages.import', 'people.reveal'],
  // Duty officers register and follow up people from the masked view; the full number is for the ledger keepers.
  duty: [],
}

/** True when the role grants the permission. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission)
}
