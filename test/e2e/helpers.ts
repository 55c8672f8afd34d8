import { expect, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'

/** A fixture file's absolute path. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
}

/** Picks an Element Plus select option by its visible text. */
export async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  // Opens the select and clicks the option, up to three times: in CI the option of a freshly opened dropdown
  // sometimes never took the click (a supplies line's item, the dropdown open and the option listed, until the
  // test's timeout). A click without a timeout waits forever; this one gives up after 5 s and opens it again.
  const select = page.getByTestId(testId)
  const item = page.getByRole('option', { name: option }).first()
  for (let attempt = 1; ; attempt++) {
    await select.click()
    try {
      await item.click({ timeout: 5_000 })
      return
    } catch (error) {
      if (attempt === 3) throw error
      await page.keyboard.press('Escape')
    }
  }
}

/** Runs the first-run wizard with the user's own township. */
export async function setUpTownship(page: Page, code = '511826100000'): Promise<void> {
  await page.goto('/')
  await page.getByTestId('choose-real').click()
  await page.getByTestId('township-name').fill('芦阳镇')
  await page.getByTestId('township-county').fill('芦山县')
  await page.getByTestId('township-code').fill(code)
  await page.getByTestId('setup-next').click()
  await fillAdmin(page, 'admin-pass')
  await page.getByTestId('setup-finish').click()
  await expect(page.getByTestId('setup-done')).toBeVisible({ timeout: 30_000 })
}

/** Runs the first-run wizard with the demo township. */
export async function setUpDemo(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByTestId('choose-demo').click()
  await fillAdmin(page, 'admin-pass')
  await page.getByTestId('setup-finish').click()
  await expect(page.getByTestId('setup-done')).toBeVisible({ timeout: 30_000 })
}

async function fillAdmin(page: Page, password: string): Promise<void> {
  await page.getByTestId('admin-password').fill(password)
  await page.getByTestId('admin-password-again').fill(password)
}

/** Signs in from the login screen. */
export async function signIn(page: Page, name = '管理员', password = 'admin-pass'): Promise<void> {
  if (!page.url().includes('#/login')) await page.goto('/#/login')
  await choose(page, 'login-user', new RegExp(name))
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await expect(page.getByTestId('header-user')).toHaveText(name)
}

/** Rows of the village table. */
export function villageRows(page: Page) {
  return page.getByTestId('village-table').locator('.el-table__body tr')
}
