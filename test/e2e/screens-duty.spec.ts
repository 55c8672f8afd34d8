import { expect, test, type Page } from '@playwright/test'
import { setUpDemo, signIn } from './helpers'

// Screenshots of the duty screens at the duty PC's 1366×768 and the projector's 1920×1080, written into
// docs/screenshots/duty-*.png. Only with SCREENSHOTS=1: `SCREENSHOTS=1 npx playwright test screens-duty`.
test.skip(!process.env.SCREENSHOTS, 'screenshots only with SCREENSHOTS=1')

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400) // let Element Plus transitions settle
  await page.screenshot({ path: `docs/screenshots/duty-${name}-${page.viewportSize()!.width}.png` })
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`duty screens at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await setUpDemo(page)
    await page.getByTestId('setup-enter').click()
    await signIn(page, '刘书记', '1234')
    await expect(page.getByTestId('duty-home-current')).toBeVisible()
    await shoot(page, 'home')
    await page.getByTestId('nav-/duty').click()
    await expect(page.getByTestId('roster-table')).toBeVisible()
    await shoot(page, 'roster')
    await page.getByTestId('view-calendar').click()
    await shoot(page, 'calendar')
    await page.getByTestId('view-table').click()
    await page.locator('[data-testid^="slot-"][data-testid$="-day-0"]').nth(10).click()
    await page.getByTestId('slot-person').click()
    await shoot(page, 'pick')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: '取消' }).last().click()
    for (const tab of ['staff', 'leave', 'swaps', 'handover', 'pattern']) {
      await page.getByTestId(`duty-tab-${tab}`).click()
      await shoot(page, tab)
    }
  })
}
