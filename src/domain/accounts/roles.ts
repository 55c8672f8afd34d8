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
 * `ledgers.export`: export registers as ledgers 台账 (xlsx/CSV) and set the county's export templates.
 * `playbooks.edit`: change the incident playbooks (the ten first-time actions and their target minutes).
 * `reports.write`: write, sign, submit and amend the daily report 日报/零报告 (填报); `reports.review`: confirm it
 * as reviewer (审核); `reports.approve`: confirm it as the leader on duty (带班领导签发).
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
  // Post and reverse stock documents (everyone may look at stock).
  | 'supplies.record'
  // Keep the supplies catalogue (add, change the reserve target, retire items), the stock points and the reserve
  // fund's amount.
  | 'supplies.manage'
  | 'map.decideRisk'
  | 'map.editGeometry'
  | 'duty.manage'
  | 'packs.export'
  | 'packs.import'
  | 'packs.full'
  | 'playbooks.edit'
  | 'ledgers.export'
  | 'reports.write'
  | 'reports.review'
  | 'reports.approve'
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
    'supplies.manage',
    'map.editGeometry',
    'duty.manage',
    'packs.export',
    'packs.import',
    'packs.full',
    'playbooks.edit',
    'ledgers.export',
    'reports.write',
    'reports.review',
    'control.record',
  ],
  // Leaders set the incident playbooks (the actions and their target times) the post works to.
  // Risk levels are the leaders' decision; the administrator keeps the accounts, not the epidemic's decisions.
  leader: [
    'villages.edit',
    'audit.view',
    'people.reveal',
    'map.decideRisk',
    'supplies.manage',
    'map.editGeometry',
    'duty.manage',
    'packs.export',
    'packs.import',
    'packs.full',
    'playbooks.edit',
    'ledgers.export',
    'reports.review',
    'reports.approve',
    'control.record',
    'control.lead',
  ],
  // The clerk carries the stick to the county: masked packs only; a full pack needs a leader or the admin.
  clerk: [
    'villages.edit',
    'villages.import',
    'people.reveal',
    'supplies.record',
    'supplies.manage',
    'map.editGeometry',
    'duty.manage',
    'packs.export',
    'packs.import',
    'ledgers.export',
    'reports.write',
    'control.record',
  ],
  // Duty officers register and follow up people from the masked view; the full number is for the ledger keepers.
  duty: ['supplies.record', 'control.record'],
}

/** True when the role grants the permission. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission)
}
