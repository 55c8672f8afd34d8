import { expect, test, type Page } from '@playwright/test'
import { setUpDemo, signIn, villageRows } from './helpers'

// Screenshots of every screen at the duty PC's 1366×768 and the projector's 1920×1080, for people to look at.
// `SCREENSHOTS=1 npx playwright test screens` writes them into docs/screenshots/ for the README.
// Only the 1366 set goes into docs/ (the README shows those); the projector set stays in test-results/.
async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300) // let Element Plus transitions settle
  const { width } = page.viewportSize()!
  const out = process.env.SCREENSHOTS && width === 1366 ? 'docs/screenshots' : 'test-results/screens'
  await page.screenshot({ path: `${out}/${name}-${width}.png` })
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`every screen at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await page.goto('/')
    await shoot(page, 'setup')
    await setUpDemo(page)
    await shoot(page, 'setup-done')
    await page.getByTestId('setup-enter').click()
    await shoot(page, 'login')
    await signIn(page)
    await shoot(page, 'home')
    await page.getByTestId('nav-/villages').click()
    await expect(villageRows(page).first()).toBeVisible()
    await shoot(page, 'villages')
    await page.getByTestId('village-edit-511826101201').click()
    await shoot(page, 'village-form')
    await page.getByRole('button', { name: '取消' }).last().click()
    await page.getByTestId('village-import').click()
    await shoot(page, 'village-import')
    await page.getByRole('button', { name: '取消' }).last().click()
    await page.getByTestId('nav-/people').click()
    await expect(page.getByTestId('people-table').locator('.el-table__body tr').first()).toBeVisible()
    await shoot(page, 'people')
    await page.getByTestId('people-table').locator('.el-table__body tr').first().click()
    await shoot(page, 'person')
    await page.keyboard.press('Escape')
    await page.getByTestId('people-register').click()
    await shoot(page, 'register')
    await page.getByRole('button', { name: '关闭' }).last().click()
    await page.getByTestId('people-line-list').click()
    await shoot(page, 'line-list')
    await page.locator('.el-dialog__headerbtn').last().click()
    await page.getByTestId('nav-/duplicates').click()
    await expect(page.getByTestId('duplicate-pair').first()).toBeVisible()
    await shoot(page, 'duplicates')
    await page.getByTestId('nav-/county-lists').click()
    await shoot(page, 'county-lists')
    await page.getByTestId('nav-/audit').click()
    await expect(page.getByTestId('audit-table')).toBeVisible()
    await shoot(page, 'audit')
    await page.getByTestId('nav-/settings').click()
    await shoot(page, 'settings')
    await page.getByTestId('lock-button').click()
    await shoot(page, 'lock')
  })
}
