import { expect, test, type Page } from '@playwright/test'
import { setUpDemo, signIn } from './helpers'

// Screenshots of the daily report at the duty PC's 1366×768 and the projector's 1920×1080, written into
// docs/screenshots/report-*.png. Only with SCREENSHOTS=1: `SCREENSHOTS=1 npx playwright test screens-report`.
test.skip(!process.env.SCREENSHOTS, 'screenshots only with SCREENSHOTS=1')

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(400) // let Element Plus transitions settle
  await page.screenshot({ path: `docs/screenshots/report-${name}-${page.viewportSize()!.width}.png`, fullPage })
}

async function asUser(page: Page, name: string, step: string) {
  await page.getByTestId('switch-user').click()
  await signIn(page, name, '1234')
  await page.getByTestId('nav-/reports').click()
  await page.getByTestId(step).click()
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`daily report screens at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    test.setTimeout(150_000)
    await page.setViewportSize(viewport)
    await page.clock.install({ time: new Date('2026-11-29T10:40:00+08:00') })
    await setUpDemo(page)
    await page.getByTestId('setup-enter').click()
    await signIn(page, '陈文书', '1234')
    await expect(page.getByTestId('home-report-warning')).toBeVisible()
    await shoot(page, 'home-near')
    await page.getByTestId('nav-/reports').click()
    await expect(page.getByTestId('report-start')).toBeVisible()
    await shoot(page, 'start')
    await page.getByTestId('report-start').click()
    await expect(page.getByTestId('report-figures')).toBeVisible()
    await shoot(page, 'draft')
    await shoot(page, 'draft-full', true)
    await page.getByTestId('report-sign').click()
    await asUser(page, '刘书记', 'report-review')
    await asUser(page, '王镇长', 'report-approve')
    await asUser(page, '陈文书', 'report-submit')
    await page.getByRole('button', { name: '确定' }).click()
    await expect(page.getByTestId('report-frozen')).toBeVisible()
    await shoot(page, 'submitted')
    await page.getByTestId('report-print').click()
    await expect(page.getByTestId('report-sheet')).toBeVisible()
    await shoot(page, 'print', true)
    await page.getByRole('button', { name: '返回' }).click()
    await page.getByTestId('report-amend').click()
    await page.getByTestId('report-amend-reason').fill('青龙村新增排查人数有误')
    await shoot(page, 'amend-dialog')
    await page.getByTestId('report-amend-confirm').click()
    await expect(page.getByTestId('report-versions')).toBeVisible()
    await shoot(page, 'amendment')
    await page.getByTestId('nav-/').click()
    await expect(page.getByTestId('home-report')).toContainText('第 2 版')
    await shoot(page, 'home-after')
  })
}
