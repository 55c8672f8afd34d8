import { expect, test, type Page } from '@playwright/test'
import { fixture, setUpDemo, signIn } from './helpers'

test.beforeEach(async ({ page }) => {
  await setUpDemo(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page)
  await page.getByTestId('nav-/people').click()
})

async function importFile(page: Page, file: string, source: string): Promise<void> {
  await page.getByTestId('people-import').click()
  await page.getByTestId('people-import-source').fill(source)
  await page.getByTestId('people-import-drop').locator('input[type=file]').setInputFiles(fixture(file))
  await page.getByTestId('people-import-preview').click()
  await expect(page.getByTestId('people-import-counts')).toBeVisible({ timeout: 30_000 })
}

test('a messy village sheet imports its good rows, explains the bad ones, and a second import changes nothing', async ({
  page,
}) => {
  await importFile(page, 'people/messy.xlsx', '青龙村')
  await expect(page.getByTestId('people-import-problems')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByTestId('people-import-download').click()
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)
  await page.getByTestId('people-import-confirm').click()
  await expect(page.getByTestId('people-import-done')).toBeVisible({ timeout: 30_000 })
  await page.getByRole('button', { name: '关闭' }).last().click()

  await importFile(page, 'people/messy.xlsx', '青龙村')
  await expect(page.getByTestId('people-import-count-newPeople')).toContainText('0')
  await expect(page.getByTestId('people-import-count-newEpisodes')).toContainText('0')
})

test('a GBK CSV from Chinese Excel imports with its Chinese intact', async ({ page }) => {
  await importFile(page, 'people/gbk.csv', '县指挥部')
  await page.getByTestId('people-import-confirm').click()
  await expect(page.getByTestId('people-import-done')).toBeVisible({ timeout: 30_000 })
  await page.getByRole('button', { name: '关闭' }).last().click()
  await page.reload()
  await signIn(page)
  await page.getByTestId('nav-/people').click()
  await page.getByTestId('people-search').fill('孙小美')
  await expect(page.getByTestId('people-table').locator('.el-table__body tr')).toHaveCount(1)
  await page.getByTestId('people-search').fill('阿依古丽')
  await expect(page.getByTestId('people-table')).toContainText('阿依古丽·买买提')
})
