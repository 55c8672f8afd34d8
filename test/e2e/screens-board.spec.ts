import { expect, test, type Page } from '@playwright/test'
import { setUpDemo, signIn } from './helpers'

// Screenshots of the dispatch board for people to look at: the duty PC's 1366×768 and the projector's 1920×1080.
// `SCREENSHOTS=1 npx playwright test screens-board` writes docs/screenshots/board-*.png; skipped otherwise.
test.skip(!process.env.SCREENSHOTS, 'screenshots only with SCREENSHOTS=1')

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(600) // let Element Plus transitions and the charts settle
  const { width } = page.viewportSize()!
  await page.screenshot({ path: `docs/screenshots/board-${name}-${width}.png` })
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the dispatch board at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await setUpDemo(page)
    await page.getByTestId('setup-enter').click()
    await signIn(page, '刘书记', '1234')
    await page.getByTestId('nav-/board').click()
    await expect(page.getByTestId('map-chart').locator('canvas').first()).toBeVisible()
    await expect(page.getByTestId('board-trends').locator('canvas').first()).toBeVisible()
    await shoot(page, 'township')
    await page.getByTestId('board-projector').click()
    await shoot(page, 'projector')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('board-village-card')).toBeVisible()
    await shoot(page, 'village')
    await page.getByTestId('board-meeting').click()
    await page.getByTestId('meeting-attendees').fill('刘书记、王镇长、张值班、李医生')
    await page.getByTestId('meeting-start').click()
    await page.getByTestId('meeting-decision').fill('城关村继续封控三天，每日两次核酸')
    await page.getByTestId('meeting-decide').click()
    await expect(page.getByTestId('meeting-decisions').locator('li')).toHaveCount(1)
    await shoot(page, 'meeting')
    await page.getByTestId('board-projector').click()
    await page.keyboard.press('Escape')
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width: 1123, height: 794 })
    await shoot(page, 'print')
  })
}
