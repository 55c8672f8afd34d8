import type { Role } from '../accounts/roles'

/** Demo accounts created with the demo township, one per role besides the administrator, so every screen can be tried. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ name: string; role: Role }> = [
  { name: '刘书记', role: 'leader' },
  // The mayor: the demo's leave requests need both the secretary's and the mayor's signature (duty).
  { name: '王镇长', role: 'leader' },
  { name: '张值班', role: 'duty' },
  { name: '陈文书', role: 'clerk' },
]

/** The PIN of the demo accounts, shown on the wizard's last page. Demo data only: never a real township's. */
export const DEMO_PIN = '1234'
