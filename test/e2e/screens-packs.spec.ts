import { expect, test, type Page } from '@playwright/test'
import { setUpDemo, signIn } from './helpers'

// Screenshots of the 数据包 page at the duty PC's 1366×768 and the projector's 1920×1080.
// `SCREENSHOTS=1 npx playwright test screens-packs` writes them into docs/screenshots/packs-*.png.
async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400) // let Element Plus transitions settle
  const { width } = page.viewportSize()!
  const out = process.env.SCREENSHOTS ? 'docs/screenshots' : 'test-results/screens'
  await page.screenshot({ path: `${out}/packs-${name}-${width}.png` })
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the data-pack page at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.setViewportSize(viewport)
    await setUpDemo(page)
    await signIn(page)
    await page.getByTestId('nav-/packs').click()
    await page.getByTestId('pack-recipient').fill('县指挥部办公室')
    await page.getByTestId('pack-password').fill('防疫-2022')
    await page.getByTestId('pack-password-again').fill('防疫-2022')
    await shoot(page, 'export-form')
    await page.getByTestId('pack-export').click()
    await expect(page.getByTestId('pack-written')).toBeVisible({ timeout: 30_000 })
    await shoot(page, 'export-done')
    const download = page.waitForEvent('download')
    await page.getByTestId('pack-download').click()
    const path = test.info().outputPath('pack.cpk.zip')
    await (await download).saveAs(path)

    await page.getByRole('tab', { name: '导入数据包' }).click()
    await page.getByTestId('pack-file').setInputFiles(path)
    await expect(page.getByTestId('pack-refused')).toBeVisible()
    await shoot(page, 'import-password')
    await page.getByTestId('pack-open-password').fill('防疫-2022')
    await page.getByTestId('pack-open').click()
    await expect(page.getByTestId('pack-verified')).toBeVisible()
    await shoot(page, 'import-verified')
    await page.getByTestId('pack-import').click()
    await expect(page.getByTestId('pack-imported')).toBeVisible({ timeout: 30_000 })
    await shoot(page, 'import-done')
    await page.getByRole('tab', { name: '已接收乡镇' }).click()
    await expect(page.getByTestId('received-townships').locator('.el-table__body-wrapper tr')).toHaveCount(1)
    await shoot(page, 'received')
    await page.getByTestId('received-view').first().click()
    await expect(page.getByTestId('received-records').locator('.el-table__body tr').first()).toBeVisible()
    await shoot(page, 'received-records')
  })
}
