/** The four roles of a command post: 管理员, 领导, 值班员, 文书. */
export type Role = 'admin' | 'leader' | 'duty' | 'clerk'

/** All roles, in the order screens list them. */
export const ROLES: readonly Role[] = ['admin', 'leader', 'duty', 'clerk']

/** What a signed-in user may do; each screen and service asks for one of these. */
export type Permission = 'settings.edit' | 'users.manage' | 'villages.edit' | 'villages.import' | 'audit.view'

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ['settings.edit', 'users.manage', 'villages.edit', 'villages.import', 'audit.view'],
  leader: ['villages.edit', 'audit.view'],
  clerk: ['villages.edit', 'villages.import'],
  duty: [],
}

/** True when the role grants the permission. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission)
}
