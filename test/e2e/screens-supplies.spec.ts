import { expect, test, type Page } from '@playwright/test'
import { choose, setUpDemo, signIn } from './helpers'

// Screenshots of the supplies screens at 1366×768 and 1920×1080 with the demo township's month of movements.
// `SCREENSHOTS=1 npx playwright test screens-supplies` writes them into docs/screenshots/.
async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400) // let Element Plus transitions and chart animations settle
  const { width } = page.viewportSize()!
  const out = process.env.SCREENSHOTS ? 'docs/screenshots' : 'test-results/screens'
  await page.screenshot({ path: `${out}/supplies-${name}-${width}.png` })
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`supplies screens at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await setUpDemo(page)
    await page.getByTestId('setup-enter').click()
    await signIn(page)
    await expect(page.getByTestId('supplies-home-card')).toBeVisible()
    await shoot(page, 'home')
    await page.getByTestId('nav-/supplies').click()
    await expect(page.getByTestId('stock-table')).toContainText('N95口罩')
    await shoot(page, 'overview')
    await page.getByTestId('new-document').click()
    await page.getByTestId('kind-issue').click()
    await choose(page, 'line-item-0', /N95口罩/)
    await shoot(page, 'issue-form')
    await page.getByRole('button', { name: '取消' }).last().click()
    await page.getByRole('tab', { name: '出入库台账' }).click()
    await expect(page.getByTestId('ledger-table').locator('.el-table__body tr').first()).toBeVisible()
    await shoot(page, 'ledger')
    await page.getByRole('tab', { name: '图表与经费' }).click()
    await expect(page.getByTestId('chart-cover').locator('canvas')).toBeVisible()
    await page.waitForTimeout(800)
    await shoot(page, 'charts')
    await page.getByTestId('value-note').scrollIntoViewIfNeeded()
    await shoot(page, 'budget')
    await page.getByRole('tab', { name: '物资目录' }).click()
    await expect(page.getByTestId('catalogue-table')).toContainText('N95口罩')
    await shoot(page, 'catalogue')
    await page.getByTestId('catalogue-add').click()
    await shoot(page, 'catalogue-add')
    await page.getByRole('button', { name: '取消' }).last().click()
    await page.getByRole('tab', { name: '库存总览' }).click()
    await page.getByTestId('print-sheet').click()
    await expect(page.getByTestId('stocktake-sheet')).toContainText('N95口罩')
    await shoot(page, 'stocktake-sheet')
  })
}
