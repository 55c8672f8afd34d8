import { expect, test, type Page } from '@playwright/test'
import { setUpTownship, signIn } from './helpers'

// Duty end to end on a fresh township, at a fixed clock (Tuesday 2026-11-10 09:00 in Asia/Shanghai): accounts and
// staff, the pattern, a generated month, leave signed by both, a conflict fixed by picking, a swap approved by a
// leader, sign-in and handover with each officer's own password, print preview, export and a reload.
const PIN = '2468'
const OFFICERS = [
  ['张一', '值班甲'],
  ['李二', '值班乙'],
  ['赵三', '值班丙'],
  ['孙四', '值班丁'],
] as const
const loginOf = new Map<string, string>(OFFICERS.map(([name, login]) => [name, login]))

/** Picks an option of an Element Plus select, among the options of the dropdown now open only. */
async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click()
  const name = typeof option === 'string' ? new RegExp(`^${option}$`) : option
  await page.locator('.el-select-dropdown:visible').getByRole('option', { name }).first().click()
}

/** Types a day into an Element Plus date picker found by its form label. */
async function fillDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByRole('combobox', { name: new RegExp(`${label}$`) })
  await input.fill(date)
  await input.press('Enter')
}

async function addAccount(page: Page, name: string, role: string) {
  await page.getByTestId('account-add').click()
  await page.getByTestId('account-name').fill(name)
  await choose(page, 'account-role', role)
  await page.getByTestId('account-password').fill(PIN)
  await page.getByTestId('account-save').click()
  await expect(page.getByTestId('account-table')).toContainText(name)
}

async function addStaff(page: Page, name: string, more: { lead?: boolean; login?: string; signatory?: string } = {}) {
  await page.getByTestId('staff-add').click()
  await page.getByTestId('staff-name').fill(name)
  await page.getByTestId('staff-position').fill(more.lead ? '镇领导' : '干部')
  await page.getByTestId('staff-phone').fill(`1380000${String(1000 + Math.floor(Math.random() * 8999))}`)
  if (more.lead) await page.getByTestId('staff-can-lead').click()
  if (more.login) await choose(page, 'staff-account', more.login)
  if (more.signatory) await choose(page, 'staff-signatory', more.signatory)
  await page.getByTestId('staff-save').click()
  await expect(page.getByTestId('staff-table')).toContainText(name)
}

const cell = (page: Page, date: string, key: string) => page.getByTestId(`cell-${date}-${key}`)

async function officerOn(page: Page, date: string, key: string): Promise<string> {
  return (await cell(page, date, key).innerText()).trim()
}

async function pickSlot(page: Page, slot: string, person: string) {
  await page.getByTestId(`slot-${slot}`).click()
  await choose(page, 'slot-person', new RegExp(`^${person}`))
  await page.getByTestId('slot-save').click()
}

async function credentials(page: Page, login: string) {
  await choose(page, 'credential-name', login)
  await page.getByTestId('credential-password').fill(PIN)
  await page.getByTestId('credential-submit').click()
  await expect(page.getByTestId('credential-submit')).toBeHidden()
}

async function tab(page: Page, key: string) {
  await page.getByTestId(`duty-tab-${key}`).click()
}

test('duty: staff, pattern, roster, leave, conflict, swap, sign-in, handover, print and reload', async ({ page }) => {
  test.setTimeout(240_000)
  await page.clock.install({ time: new Date('2026-11-10T09:00:00+08:00') })
  await setUpTownship(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page)

  await page.getByTestId('nav-/settings').click()
  await page.getByRole('tab', { name: '账号' }).click()
  await addAccount(page, '书记A', '领导')
  await addAccount(page, '镇长B', '领导')
  for (const [, login] of OFFICERS) await addAccount(page, login, '值班员')

  await page.getByTestId('nav-/duty').click()
  await tab(page, 'staff')
  await addStaff(page, '刘书记', { lead: true, login: '书记A', signatory: '书记' })
  await addStaff(page, '王镇长', { lead: true, login: '镇长B', signatory: '镇长' })
  for (const [name, login] of OFFICERS) await addStaff(page, name, { login })

  await tab(page, 'pattern')
  await page.getByTestId('pattern-day-night').click()
  await page.getByTestId('pattern-save').click()
  await expect(page.getByText('值班模式已保存')).toBeVisible()

  // A month, generated without conflicts.
  await tab(page, 'roster')
  await page.getByTestId('duty-generate').click()
  await page.locator('.el-message-box').getByRole('button', { name: '生成本月排班' }).click()
  await expect(page.getByTestId('roster-table').locator('tbody tr')).toHaveCount(30)
  await expect(page.getByTestId('conflict-count')).toHaveText('无冲突')

  // Bad input: one person on two shifts of a day is refused with the reason, nothing saved.
  const night12 = await officerOn(page, '2026-11-12', 'night')
  const day12 = await officerOn(page, '2026-11-12', 'day')
  await pickSlot(page, '2026-11-12-day-0', night12)
  await expect(page.getByTestId('slot-error')).toContainText(`${night12} 2026-11-12 同时排在白班和夜班`)
  await page.getByRole('button', { name: '取消' }).last().click()
  await expect(cell(page, '2026-11-12', 'day')).toHaveText(day12)

  // Leave: a bad one refused, then a good one signed by the mayor and the secretary in that order.
  const away = await officerOn(page, '2026-11-15', 'day')
  await tab(page, 'leave')
  await page.getByTestId('leave-add').click()
  await choose(page, 'leave-staff', new RegExp(`^${away}`))
  await fillDate(page, '开始日期', '2026-11-15')
  await fillDate(page, '结束日期', '2026-11-14')
  await page.getByTestId('leave-destination').fill('成都市')
  await page.getByTestId('leave-reason').fill('就医')
  await page.getByTestId('leave-save').click()
  await expect(page.getByTestId('leave-error')).toContainText('结束日期（2026-11-14）早于开始日期（2026-11-15）')
  await fillDate(page, '结束日期', '2026-11-15')
  await page.getByTestId('leave-save').click()
  await expect(page.getByTestId('leave-table')).toContainText('待审批')

  await page.getByTestId('switch-user').click()
  await signIn(page, '镇长B', PIN)
  await page.getByTestId('nav-/duty').click()
  await tab(page, 'leave')
  await page
    .getByTestId(/^leave-approve-/)
    .first()
    .click()
  await expect(page.getByTestId('leave-table')).toContainText('✔ 王镇长')
  await expect(page.getByTestId('leave-table')).toContainText('待审批')

  await page.getByTestId('switch-user').click()
  await signIn(page, '书记A', PIN)
  await page.getByTestId('nav-/duty').click()
  await tab(page, 'leave')
  await page
    .getByTestId(/^leave-approve-/)
    .first()
    .click()
  await expect(page.getByTestId('leave-table')).toContainText('已批准')
  // Nobody approves their own leave.
  await page.getByTestId('leave-add').click()
  await choose(page, 'leave-staff', /^刘书记/)
  await fillDate(page, '开始日期', '2026-11-25')
  await fillDate(page, '结束日期', '2026-11-26')
  await page.getByTestId('leave-destination').fill('雅安市')
  await page.getByTestId('leave-reason').fill('县委会议')
  await page.getByTestId('leave-save').click()
  await expect(page.getByTestId('leave-table').locator('tbody tr')).toHaveCount(2)
  await page
    .getByTestId(/^leave-approve-/)
    .first()
    .click()
  await expect(page.getByText('不能审批自己的申请。')).toBeVisible()

  // The roster shows the conflict the approved leave made, explained; picking someone free fixes it.
  await tab(page, 'roster')
  await expect(page.getByTestId('conflict-count')).toHaveText('1 处冲突')
  await expect(cell(page, '2026-11-15', 'day')).toHaveClass(/conflict/)
  await expect(cell(page, '2026-11-15', 'day')).toHaveAttribute('title', `${away} 2026-11-15 已批准外出，不能排白班。`)
  const busy15 = [await officerOn(page, '2026-11-15', 'night'), await officerOn(page, '2026-11-14', 'night'), away]
  const free15 = OFFICERS.map(([name]) => name).find((name) => !busy15.includes(name))!
  await pickSlot(page, '2026-11-15-day-0', free15)
  await expect(cell(page, '2026-11-15', 'day')).toHaveText(free15)
  await expect(page.getByTestId('conflict-count')).toHaveText('无冲突')

  // A swap for the 20th, asked by the officer giving it, approved by that day's leader on duty: the roster changes.
  const giver = await officerOn(page, '2026-11-20', 'day')
  const onThe20th = [giver, await officerOn(page, '2026-11-20', 'night')]
  const taker = OFFICERS.map(([name]) => name).find((name) => !onThe20th.includes(name))!
  const leaderLogin = (await officerOn(page, '2026-11-20', 'leader')) === '刘书记' ? '书记A' : '镇长B'
  await page.getByTestId('switch-user').click()
  await signIn(page, loginOf.get(giver)!, PIN)
  await page.getByTestId('nav-/duty').click()
  await tab(page, 'swaps')
  await page.getByTestId('swap-add').click()
  await fillDate(page, ' 日期', '2026-11-20')
  await choose(page, 'swap-from', giver)
  await choose(page, 'swap-to', new RegExp(`^${taker}`))
  await page.getByTestId('swap-reason').fill('家中有事')
  await page.getByTestId('swap-save').click()
  await expect(page.getByTestId('swap-table')).toContainText('待审批')
  await expect(page.getByTestId('swap-approve')).toHaveCount(0)
  await page.getByTestId('switch-user').click()
  await signIn(page, leaderLogin, PIN)
  await page.getByTestId('nav-/duty').click()
  await tab(page, 'swaps')
  await page.getByTestId('swap-approve').click()
  await expect(page.getByTestId('swap-table')).toContainText('已同意')
  await tab(page, 'roster')
  await expect(cell(page, '2026-11-20', 'day')).toHaveText(taker)

  // Sign-in (late: about 09:00 for 08:00; the installed clock runs on from 09:00) and handover, each officer with their own password.
  const dayOfficer = await officerOn(page, '2026-11-10', 'day')
  const nightOfficer = await officerOn(page, '2026-11-10', 'night')
  await tab(page, 'handover')
  await page.getByTestId('signin-day').click()
  await credentials(page, loginOf.get(dayOfficer)!)
  await expect(page.getByTestId('signin-state-day')).toHaveText(/迟到 6\d 分钟/)
  await expect(page.getByTestId('signin-state-night')).toHaveText('未到签到时间')
  await page.getByTestId('notes-day').fill('接县指挥部电话，通知明日全员核酸')
  await page.getByTestId('add-item-day').click()
  await page.getByTestId('item-day-0').fill('回复青龙村防护物资需求')
  await page.getByTestId('draft-day').click()
  await expect(page.getByTestId('handover-text-day')).toHaveValue(/回复青龙村防护物资需求/)
  await page.getByTestId('confirm-outgoing-day').click()
  await credentials(page, loginOf.get(dayOfficer)!)
  await page.getByTestId('confirm-incoming-day').click()
  await credentials(page, loginOf.get(nightOfficer)!)
  await expect(page.getByTestId('shift-day')).toContainText('已完成交接')
  await expect(page.getByTestId('item-night-0')).toHaveValue('回复青龙村防护物资需求')

  // Print preview: the month on one page in print media; export.
  await tab(page, 'roster')
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes')
  })
  await page.getByTestId('duty-print').click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('roster-print')).toBeVisible()
  await expect(page.getByTestId('roster-print').locator('tbody tr')).toHaveCount(30)
  const box = await page.getByTestId('roster-print').boundingBox()
  expect(box!.height).toBeLessThan(794) // A4 landscape is 210 mm ≈ 794 CSS px tall
  await page.emulateMedia({ media: 'screen' })
  const download = page.waitForEvent('download')
  await page.getByTestId('duty-export').click()
  expect((await download).suggestedFilename()).toBe('芦阳镇值班表-2026-11.xlsx')

  // Everything is still there after a reload.
  await page.reload()
  await signIn(page, '书记A', PIN)
  await page.getByTestId('nav-/duty').click()
  await expect(cell(page, '2026-11-20', 'day')).toHaveText(taker)
  await expect(cell(page, '2026-11-15', 'day')).toHaveText(free15)
  await tab(page, 'handover')
  await expect(page.getByTestId('shift-day')).toContainText('已完成交接')
  await page.getByTestId('nav-/').click()
  await expect(page.getByTestId('duty-home-current')).toContainText(dayOfficer)
  await expect(page.getByTestId('duty-home-next')).toContainText(nightOfficer)
  await expect(page.getByTestId('duty-home-signin')).toHaveText(/迟到 6\d 分钟/)
})
