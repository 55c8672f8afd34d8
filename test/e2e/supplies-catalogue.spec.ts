import { expect, test, type Page } from '@playwright/test'
import { setUpTownship, signIn } from './helpers'

async function fill(page: Page, testId: string, value: string): Promise<void> {
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first()
  await input.fill(value)
}

const rows = (page: Page) => page.getByTestId('catalogue-table').locator('.el-table__body tr')

test('keep the catalogue: add an item, change its reserve target, retire it; rename a stock point; the fund', async ({
  page,
}) => {
  await setUpTownship(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page)
  await page.goto('/#/supplies?tab=catalogue')
  await expect(rows(page).first()).toContainText('N95口罩')

  // Add an item: a bad target is refused with a message, then saved.
  await page.getByTestId('catalogue-add').click()
  await fill(page, 'item-code', 'FH-KZ2')
  await fill(page, 'item-name', '儿童口罩')
  await fill(page, 'item-specification', '一次性 小号')
  await fill(page, 'item-reserve-value', '400')
  await page.getByTestId('item-save').click()
  await expect(page.getByTestId('item-problem')).toContainText('最多 365 天')
  await fill(page, 'item-reserve-value', '20')
  await page.getByTestId('item-save').click()
  await expect(page.locator('.el-message--success').last()).toContainText('已新增物资：儿童口罩')
  await fill(page, 'catalogue-filter', 'KZ2')
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page)).toContainText('20 天用量')

  // Change its reserve target to a quantity.
  await page.getByTestId('reserve-FH-KZ2').click()
  await page.getByTestId('reserve-quantity').click()
  await fill(page, 'reserve-value', '300')
  await page.getByTestId('reserve-save').click()
  await expect(rows(page)).toContainText('300 个')

  // Retire it: confirmed with a reason; it leaves the list unless retired ones are shown.
  await page.getByTestId('retire-FH-KZ2').click()
  const box = page.locator('.el-message-box')
  await box.locator('input').fill('不再采购')
  await box.getByRole('button', { name: '停用' }).click()
  await expect(page.locator('.el-message--success').last()).toContainText('已停用：儿童口罩')
  await expect(rows(page)).toHaveCount(0)
  await page.getByTestId('catalogue-show-retired').click()
  await expect(rows(page)).toContainText('已停用')

  // Rename the township store; a taken name would be refused by the service.
  await page.getByTestId('rename-镇物资库').click()
  await box.locator('input').fill('芦阳镇物资库')
  await box.getByRole('button', { name: '保存' }).click()
  await expect(page.getByTestId('location-table')).toContainText('芦阳镇物资库')

  // The reserve fund lives in the database: set it, reload, still there.
  await page.getByRole('tab', { name: '图表与经费' }).click()
  await expect(page.getByTestId('fund-not-set')).toBeVisible()
  await page.getByTestId('fund-edit').click()
  await fill(page, 'fund-amount', '150000')
  await page.getByTestId('fund-save').click()
  await expect(page.getByTestId('fund-value')).toContainText('150,000.00')

  await page.reload()
  await signIn(page)
  await page.goto('/#/supplies?tab=charts')
  await expect(page.getByTestId('fund-value')).toContainText('150,000.00')
  await expect(page.getByTestId('fund-not-set')).toHaveCount(0)
  await page.getByRole('tab', { name: '物资目录' }).click()
  await expect(page.getByTestId('location-table')).toContainText('芦阳镇物资库')
  await fill(page, 'catalogue-filter', 'KZ2')
  await expect(rows(page)).toHaveCount(0)
})
