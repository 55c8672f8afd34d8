import { expect, test } from '@playwright/test'
import { setUpDemo, signIn, villageRows } from './helpers'

test.beforeEach(async ({ page }) => {
  await setUpDemo(page)
  await page.getByTestId('setup-enter').click()
})

test('the demo township loads and lists its villages in Chinese', async ({ page }) => {
  await signIn(page)
  await expect(page.getByTestId('header-township')).toHaveText('示范镇')
  await expect(page.getByTestId('figure-communities')).toContainText('4')
  await page.getByTestId('nav-/villages').click()
  await expect(villageRows(page)).toHaveCount(20)
  await expect(page.getByTestId('village-table')).toContainText('社区')
  await expect(page.getByTestId('village-table')).toContainText('村')
  await page.reload()
  await signIn(page)
  await page.getByTestId('nav-/villages').click()
  await expect(villageRows(page)).toHaveCount(20)
})

test('login, lock, unlock and switch user at shift change', async ({ page }) => {
  await page.goto('/#/login')
  await page.getByTestId('login-user').click()
  await page.getByRole('option', { name: /管理员/ }).click()
  await page.getByTestId('login-password').fill('wrong')
  await page.getByTestId('login-submit').click()
  await expect(page.getByText('用户名或密码不正确')).toBeVisible()
  await page.getByTestId('login-password').fill('admin-pass')
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('header-user')).toHaveText('管理员')

  await page.getByTestId('lock-button').click()
  await expect(page.getByTestId('lock-screen')).toBeVisible()
  await page.getByTestId('unlock-password').fill('nope')
  await page.getByTestId('unlock-submit').click()
  await expect(page.getByTestId('lock-screen')).toContainText('密码不正确')
  await page.getByTestId('unlock-password').fill('admin-pass')
  await page.getByTestId('unlock-submit').click()
  await expect(page.getByTestId('lock-screen')).toBeHidden()

  await page.getByTestId('switch-user').click()
  await signIn(page, '张值班', '1234')
  await expect(page.getByText('值班员', { exact: true }).first()).toBeVisible()
  await expect(page.getByTestId('nav-/audit')).toHaveCount(0)
  await page.getByTestId('nav-/villages').click()
  await expect(villageRows(page)).toHaveCount(20)
  await expect(page.getByTestId('village-import')).toHaveCount(0)
})
