import { expect, test } from '@playwright/test'
import { fixture, setUpTownship, signIn, villageRows } from './helpers'

test('the wizard refuses a code of the wrong length with a Chinese message', async ({ page }) => {
  await page.goto('/')
  await page.getByTestId('choose-real').click()
  await page.getByTestId('township-name').fill('芦阳镇')
  await page.getByTestId('township-county').fill('芦山县')
  await page.getByTestId('township-code').fill('51182610000')
  await page.getByTestId('setup-next').click()
  await expect(page.getByText('不是 12 位')).toBeVisible()
  await expect(page.getByTestId('admin-password')).toHaveCount(0)
})

test.describe('with a township', () => {
  test.beforeEach(async ({ page }) => {
    await setUpTownship(page)
    await page.getByTestId('setup-enter').click()
    await signIn(page)
    await page.getByTestId('nav-/villages').click()
  })

  test('a duplicate village code is refused and nothing is written', async ({ page }) => {
    for (const name of ['新华村', '重复村']) {
      await page.getByTestId('village-add').click()
      await page.getByTestId('village-code').fill('511826100201')
      await page.getByTestId('village-name').fill(name)
      await page.getByTestId('village-save').click()
    }
    await expect(page.getByText('已被“新华村”使用')).toBeVisible()
    await page.getByRole('button', { name: '取消' }).last().click()
    await expect(villageRows(page)).toHaveCount(1)
  })

  test('a village outside the township is refused', async ({ page }) => {
    await page.getByTestId('village-add').click()
    await page.getByTestId('village-code').fill('511826200201')
    await page.getByTestId('village-name').fill('外乡村')
    await page.getByTestId('village-save').click()
    await expect(page.getByText('不属于本乡镇')).toBeVisible()
  })

  test('a sheet with no code column is refused and imports nothing', async ({ page }) => {
    await page.getByTestId('village-import').click()
    await page
      .getByTestId('import-drop')
      .locator('input[type=file]')
      .setInputFiles(fixture('villages/no-code-column.xlsx'))
    await expect(page.getByTestId('import-fatal')).toContainText('没有代码列')
    await expect(page.getByTestId('import-confirm')).toBeDisabled()
  })

  test('an empty file is refused with a message', async ({ page }) => {
    await page.getByTestId('village-import').click()
    await page.getByTestId('import-drop').locator('input[type=file]').setInputFiles(fixture('villages/empty.csv'))
    await expect(page.getByTestId('import-error')).toContainText('空的')
    await page.getByRole('button', { name: '取消' }).last().click()
    await expect(villageRows(page)).toHaveCount(0)
  })

  test('a messy sheet imports its good rows and explains every bad one', async ({ page }) => {
    await page.getByTestId('village-import').click()
    await page.getByTestId('import-drop').locator('input[type=file]').setInputFiles(fixture('villages/messy.csv'))
    const preview = page.getByTestId('import-preview')
    await expect(preview).toContainText('科学计数法')
    await expect(preview).toContainText('不属于本乡镇')
    await expect(preview).toContainText('.0')
    await page.getByTestId('import-confirm').click()
    await expect(page.getByTestId('import-done')).toBeVisible()
  })
})
