/** The four roles of a command post: 管理员, 领导, 值班员, 文书. */
export type Role = 'admin' | 'leader' | 'duty' | 'clerk'

/** All roles, in the order screens list them. */
export const ROLES: readonly Role[] = ['admin', 'leader', 'duty', 'clerk']

/**
 * What a signed-in user may do; each screen and service asks for one of these. `people.reveal`: see a person's
 * full ID number and phones (everyone sees them masked by default; each reveal is written to the audit log).
 * `map.decideRisk`: record a village's risk level (a leader's decision: 带班领导 / 书记 / 镇长).
 * `map.editGeometry`: import boundaries and points, build village areas, arrange the schematic.
 * `packs.export` / `packs.import`: write a masked data pack, import packs; `packs.full`: write a pack with full
 * ID numbers and phones (recorded in the export log).
 * `playbooks.edit`: change the incident playbooks (the ten first-time actions and their target minutes).
 * `control.record`: start and change control measures, run mass testing rounds (set up, scan samples, record
 * tube results, schedule re-tests). `control.lead`: write and store rule packs and apply a new pack's dates to
 * running measures (a leader's decision).
 */
export type Permission =
  | 'settings.edit'
  | 'users.manage'
  | 'villages.edit'
  | 'villages.import'
  | 'audit.view'
  | 'people.reveal'
  // Post and reverse stock documents, add catalogue items and stock points (everyone may look at stock).
  | 'supplies.record'
  | 'map.decideRisk'
  | 'map.editGeometry'
  | 'duty.manage'
  | 'packs.export'
  | 'packs.import'
  | 'packs.full'
  | 'playbooks.edit'
  | 'control.record'
  | 'control.lead'

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: [
    'settings.edit',
    'users.manage',
    'villages.edit',
    'villages.import',
    'audit.view',
    'people.reveal',
    'supplies.record',
    'map.editGeometry',
    'duty.manage',
    'packs.export',
    'packs.import',
    'packs.full',
    'playbooks.edit',
    'control.record',
  ],
  // Leaders set the incident playbooks (the actions and their target times) the post works to.
  // Risk levels are the leaders' decision; the administrator keeps the accounts, not the epidemic's decisions.
  leader: [
    'villages.edit',
    'audit.view',
    'people.reveal',
    'map.decideRisk',
    'map.editGeometry',
    'duty.manage',
    'packs.export',
    'packs.import',
    'packs.full',
    'playbooks.edit',
    'control.record',
    'control.lead',
  ],
  // The clerk carries the stick to the county: masked packs only; a full pack needs a leader or the admin.
  clerk: [
    'villages.edit',
    'villages.import',
    'people.reveal',
    'supplies.record',
    'map.editGeometry',
    'duty.manage',
    'packs.export',
    'packs.import',
    'control.record',
  ],
  // Duty officers register and follow up people from the masked view; the full number is for the ledger keepers.
  duty: ['supplies.record', 'control.record'],
}

/** True when the role grants the permission. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission)
}
