import { expect, test, type Page } from '@playwright/test'
import { setUpDemo, signIn } from './helpers'

// Screenshots of the 台账导出 page at the duty PC's 1366×768 and the projector's 1920×1080.
// `SCREENSHOTS=1 npx playwright test screens-ledgers` writes them into docs/screenshots/ledgers-*.png.
async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400) // let Element Plus transitions settle
  const { width } = page.viewportSize()!
  const out = process.env.SCREENSHOTS ? 'docs/screenshots' : 'test-results/screens'
  await page.screenshot({ path: `${out}/ledgers-${name}-${width}.png` })
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the ledgers page at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.setViewportSize(viewport)
    await setUpDemo(page)
    await signIn(page)
    await page.getByTestId('nav-/ledgers').click()
    await page.getByTestId('ledger-title').fill('芦山县返乡人员排查台账')
    await page.getByTestId('ledger-include-sex').click()
    await page.getByTestId('ledger-header-name').fill('人员姓名')
    await page.getByTestId('ledger-up-3').click()
    await shoot(page, 'template')
    await page.getByTestId('ledger-header-name').fill('')
    await page.getByTestId('ledger-save').click()
    await expect(page.getByTestId('ledger-columns').getByText('第 1 列的表头不能为空')).toBeVisible()
    await shoot(page, 'problem')
    await page.getByTestId('ledger-register-healthChecks').click()
    await shoot(page, 'health-checks')
  })
}
