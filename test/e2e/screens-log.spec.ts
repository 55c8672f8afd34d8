import { expect, test, type Page } from '@playwright/test'
import { setUpDemo, signIn } from './helpers'

// Screenshots of the wartime log's screens at the duty PC's 1366×768 and the projector's 1920×1080.
// `SCREENSHOTS=1 E2E_PORT=… npx playwright test screens-log` writes them into docs/screenshots/log-*.png.
async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400) // let Element Plus transitions settle
  const { width } = page.viewportSize()!
  const out = process.env.SCREENSHOTS ? 'docs/screenshots' : 'test-results/screens'
  await page.screenshot({ path: `${out}/log-${name}-${width}.png` })
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the log's screens at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    test.skip(!process.env.SCREENSHOTS, 'screenshots only when SCREENSHOTS=1')
    test.setTimeout(120_000)
    await page.setViewportSize(viewport)
    await setUpDemo(page)
    await signIn(page)
    await expect(page.getByTestId('home-orders')).toContainText('超期')
    await shoot(page, 'home')
    await page.goto('/#/log')
    await expect(page.getByTestId('log-table').locator('.el-table__body tr').first()).toBeVisible()
    await shoot(page, 'list')
    await page.keyboard.press('F2')
    await page.getByTestId('capture-counterpart').fill('青龙村 王书记')
    await page.getByTestId('capture-phone').fill('13981601234')
    await page.getByTestId('capture-content').fill('报告新增返乡人员 2 人（成都），均持 48 小时核酸阴性证明')
    await shoot(page, 'capture')
    await page.getByTestId('capture-save').click()
    await page.getByTestId('chain-indicator').click()
    await expect(page.getByTestId('chain-ok')).toBeVisible()
    await shoot(page, 'chain')
    await page.getByRole('button', { name: '关闭', exact: true }).click()
    await page.goto('/#/orders')
    await expect(page.getByTestId('orders-table').locator('.el-table__body tr').first()).toBeVisible()
    await shoot(page, 'orders')
    await page.getByTestId('tab-owners').click()
    await shoot(page, 'owners')
    await page.goto('/#/incidents')
    await page.getByTestId('incident-new').click()
    await page.getByTestId('incident-title').fill('桃园村 新冠阳性病例 1 例（刘某）')
    // Reported two and a half hours ago, so the clocks run and the two-hour actions are already red.
    const reported = await page.evaluate(() => {
      const d = new Date(Date.now() - 150 * 60_000)
      const pad = (n: number) => String(n).padStart(2, '0')
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
    })
    const reportedInput = page.getByTestId('incident-dialog').locator('.el-date-editor input')
    await reportedInput.fill(reported)
    await reportedInput.press('Enter')
    await page.getByTestId('incident-save').click()
    await page.getByTestId('action-0').click()
    await page.getByTestId('action-1').click()
    await expect(page.getByTestId('incident-timeline')).toContainText('已完成')
    await shoot(page, 'incident')
    await page.goto('/#/log')
    await page.getByTestId('log-print').click()
    await expect(page.getByTestId('book-row').first()).toBeVisible()
    await shoot(page, 'book')
    await page.emulateMedia({ media: 'print' })
    await shoot(page, 'book-print')
  })
}
