import { expect, test, type Page } from '@playwright/test'
import { setUpDemo, signIn } from './helpers'

// Screenshots of the mass testing screens at the duty PC's 1366×768 and the projector's 1920×1080, with the demo
// township's round in progress. Only with SCREENSHOTS=1: `SCREENSHOTS=1 npx playwright test screens-rounds`.
test.skip(!process.env.SCREENSHOTS, 'screenshots only with SCREENSHOTS=1')

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400) // let Element Plus transitions settle
  await page.screenshot({ path: `docs/screenshots/rounds-${name}-${page.viewportSize()!.width}.png` })
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`mass testing screens at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.setViewportSize(viewport)
    await setUpDemo(page)
    await page.getByTestId('setup-enter').click()
    await signIn(page, '刘书记', '1234')
    await shoot(page, 'home')
    await page.getByTestId('nav-/control/rounds').click()
    await expect(page.getByTestId('rounds-table')).toContainText('第二轮全员核酸检测')
    await shoot(page, 'list')
    await page.getByTestId('round-add').click()
    await shoot(page, 'new')
    await page.keyboard.press('Escape')
    await page.getByTestId('rounds-table').getByText('第二轮全员核酸检测').click()
    await page.getByTestId('scan-tube').fill('SF22119001')
    await page.getByTestId('scan-tube').press('Enter')
    for (const n of ['1', '2', '3']) {
      await page.getByTestId('scan-person').fill(n)
      await page.getByTestId('scan-person').press('Enter')
      await expect(page.getByTestId('scan-line').first()).not.toHaveText(new RegExp(`^✓ 新试管`))
    }
    await shoot(page, 'scan')
    await page.getByRole('tab', { name: '覆盖率' }).click()
    await shoot(page, 'coverage')
    await page.getByRole('tab', { name: '应检未检' }).click()
    await expect(page.getByTestId('unsampled-table').locator('.el-table__body tr').first()).toBeVisible()
    await shoot(page, 'unsampled')
    await page.getByRole('tab', { name: '试管与结果' }).click()
    await page.getByTestId('tubes-filter').getByText('阳性').click()
    await page.getByTestId('tubes-table').locator('.el-table__body tr').first().click()
    await expect(page.getByTestId('tube-people')).toBeVisible()
    await shoot(page, 'positive')
    await page.keyboard.press('Escape')
    await page.getByTestId('nav-/control/packs').click()
    await page.getByTestId('pack-write').click()
    await page.getByTestId('pack-base').click()
    await page.getByRole('option', { name: /第九版/ }).click()
    await page.getByTestId('pack-id').fill('county-strict')
    await page.getByTestId('pack-name').fill('县加严方案')
    await page.getByTestId('pack-document').fill('县指发〔2026〕9号')
    await page
      .getByTestId('pack-category-close-contact')
      .getByTestId('pack-segment-tests')
      .first()
      .fill('1、2、3、5、8')
    await page.getByTestId('pack-save').click()
    await expect(page.getByTestId('pack-problem').first()).toBeVisible()
    await shoot(page, 'pack-editor')
    await page
      .getByTestId('pack-category-close-contact')
      .getByTestId('pack-segment-tests')
      .first()
      .fill('1、2、3、5、7')
    await page
      .getByTestId('pack-category-close-contact')
      .getByTestId('pack-segment-days')
      .nth(1)
      .locator('input')
      .fill('7')
    await page
      .getByTestId('pack-category-close-contact')
      .getByTestId('pack-segment-days')
      .nth(1)
      .locator('input')
      .blur()
    await page.getByTestId('pack-save').click()
    await expect(page.getByTestId('pack-card').filter({ hasText: '县加严方案' })).toBeVisible()
    await page.getByTestId('pack-card').filter({ hasText: '县加严方案' }).getByTestId('pack-changes-open').click()
    await expect(page.getByTestId('pack-changes').locator('.el-table__body tr').first()).toBeVisible()
    await shoot(page, 'pack-changes')
  })
}
