import { expect, test } from '@playwright/test'
import { fixture, setUpTownship, signIn, villageRows } from './helpers'

test('first run → setup wizard → import a village sheet → add a grid → reload → everything still there', async ({
  page,
}) => {
  await setUpTownship(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page)
  await expect(page.getByTestId('header-township')).toHaveText('芦阳镇')

  await page.getByTestId('nav-/villages').click()
  await page.getByTestId('village-import').click()
  await page
    .getByTestId('import-drop')
    .locator('input[type=file]')
    .setInputFiles(fixture('villages/national-text-codes.xlsx'))
  await expect(page.getByTestId('import-summary')).toContainText('可导入 7 行')
  await expect(page.getByTestId('import-preview')).toContainText('本乡镇自己的代码')
  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('import-done')).toContainText('新增 7')
  await page.getByRole('button', { name: '关闭' }).last().click()
  await expect(villageRows(page)).toHaveCount(7)
  await expect(page.getByTestId('village-table')).toContainText('511826100201')
  await expect(page.getByTestId('village-table')).toContainText('新华村')

  await page.getByTestId('village-edit-511826100201').click()
  await page.getByTestId('grid-add').click()
  await page.getByTestId('grid-name-0').fill('一组')
  await page.getByTestId('grid-member-0-0').fill('李网格')
  await page.getByTestId('grid-phone-0-0').fill('+86 138-1234-5678')
  await page.getByTestId('village-save').click()
  await expect(page.getByTestId('village-form')).toBeHidden()

  await page.reload()
  await signIn(page)
  await page.getByTestId('nav-/villages').click()
  await expect(villageRows(page)).toHaveCount(7)
  await page.getByTestId('village-edit-511826100201').click()
  await expect(page.getByTestId('grid-name-0')).toHaveValue('一组')
  await expect(page.getByTestId('grid-phone-0-0')).toHaveValue('13812345678')
})

test('re-importing the same sheet updates instead of duplicating', async ({ page }) => {
  await setUpTownship(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page)
  await page.getByTestId('nav-/villages').click()
  for (const expected of ['新增 7', '新增 0，更新 0，未变 7']) {
    await page.getByTestId('village-import').click()
    await page
      .getByTestId('import-drop')
      .locator('input[type=file]')
      .setInputFiles(fixture('villages/national-text-codes.xlsx'))
    await page.getByTestId('import-confirm').click()
    await expect(page.getByTestId('import-done')).toContainText(expected)
    await page.getByRole('button', { name: '关闭' }).last().click()
  }
  await expect(villageRows(page)).toHaveCount(7)
})
