import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { read, utils } from '@e965/xlsx'
import { choose, setUpTownship, signIn } from './helpers'

const day = (offset: number) => {
  const d = new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000)
  return d.toISOString().slice(0, 10)
}

/** Fills an Element Plus input-like control (input, input-number, date picker) marked with a data-testid. */
async function fill(page: Page, testId: string, value: string): Promise<void> {
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first()
  await input.fill(value)
  await input.press('Enter')
}

async function startDocument(page: Page, kind: string): Promise<void> {
  await page.getByTestId('new-document').click()
  await page.getByTestId(`kind-${kind}`).click()
  await fill(page, 'document-reviewer', '王主任')
}

async function post(page: Page): Promise<void> {
  await page.getByTestId('document-post').click()
  await page.locator('.el-message-box').getByRole('button', { name: '过账' }).click()
}

async function expectPosted(page: Page, prefix: string): Promise<void> {
  await expect(page.locator('.el-message--success').last()).toContainText(`已过账：${prefix}`)
  await expect(page.getByTestId('document-post')).toBeHidden()
}

test('receive, issue, transfer, write off, stocktake, reverse, alerts, export and reload', async ({ page }) => {
  await setUpTownship(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page)
  await page.getByTestId('nav-/supplies').click()
  await expect(page.getByTestId('stock-table')).toContainText('N95口罩')

  await page.getByTestId('add-location').click()
  await fill(page, 'location-name', '青龙村物资点')
  await page.getByTestId('location-save').click()
  await expect(page.getByTestId('location-save')).toBeHidden()

  // A donation dated a month ago: N95, alcohol that has since expired, antigen kits expiring in 10 days.
  await startDocument(page, 'receipt')
  await fill(page, 'document-date', day(-30))
  await choose(page, 'document-source', '社会捐赠')
  await fill(page, 'document-donor', '县红十字会')
  const lines = [
    ['N95口罩', 'N1', day(200), '500'],
    ['75%酒精', 'J1', day(-5), '40'],
    ['新冠抗原检测试剂', 'K1', day(10), '200'],
  ]
  for (const [i, [item, batch, expiry, quantity]] of lines.entries()) {
    if (i > 0) await page.getByTestId('add-line').click()
    await choose(page, `line-item-${i}`, new RegExp(item))
    await fill(page, `line-batch-${i}`, batch)
    await fill(page, `line-expiry-${i}`, expiry)
    await fill(page, `line-quantity-${i}`, quantity)
  }
  // The reviewer may not be the handler: refused with a message, nothing posted.
  await fill(page, 'document-reviewer', '管理员')
  await post(page)
  await expect(page.getByTestId('document-problem')).toContainText('审核人不能与经办人是同一人')
  await fill(page, 'document-reviewer', '王主任')
  await post(page)
  await expectPosted(page, 'RK')

  // Issue to a village: the batch defaults to the one expiring first; more than on hand is refused.
  await startDocument(page, 'issue')
  await fill(page, 'document-recipient', '青龙村')
  await fill(page, 'document-purpose', '村口卡点')
  await choose(page, 'line-item-0', /N95口罩/)
  await expect(page.getByTestId('document-lines')).toContainText('N1（至')
  await fill(page, 'line-quantity-0', '1000')
  await post(page)
  await expect(page.getByTestId('document-problem')).toContainText('现有 500 只')
  await fill(page, 'line-quantity-0', '100')
  await post(page)
  await expectPosted(page, 'CK')

  await startDocument(page, 'transfer')
  await choose(page, 'document-to-location', '青龙村物资点')
  await choose(page, 'line-item-0', /N95口罩/)
  await fill(page, 'line-quantity-0', '50')
  await post(page)
  await expectPosted(page, 'DB')

  await startDocument(page, 'writeOff')
  await choose(page, 'line-item-0', /75%酒精/)
  await fill(page, 'line-quantity-0', '40')
  await post(page)
  await expectPosted(page, 'BS')

  await startDocument(page, 'stocktake')
  await choose(page, 'line-item-0', /N95口罩/)
  await fill(page, 'line-quantity-0', '345')
  await post(page)
  await expectPosted(page, 'PD')

  // Reverse the mistaken issue from the ledger.
  await page.getByRole('tab', { name: '出入库台账' }).click()
  await choose(page, 'ledger-kind', '出库')
  await expect(page.getByTestId('ledger-table').locator('.el-table__body tr')).toHaveCount(1)
  await page.getByTestId('ledger-reverse').click()
  await fill(page, 'reverse-reason', '数量填错')
  await fill(page, 'reverse-reviewer', '王主任')
  await page.getByTestId('reverse-submit').click()
  await page.locator('.el-message-box').getByRole('button', { name: '冲销' }).click()
  await expect(page.locator('.el-message--success').last()).toContainText('已冲销：CX')

  // Export N95's ledger and read it back.
  await choose(page, 'ledger-item', 'N95口罩')
  const download = page.waitForEvent('download')
  await page.getByTestId('ledger-export').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^N95口罩台账_.*\.xlsx$/)
  const sheet = read(readFileSync((await file.path())!)).Sheets['台账']
  const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: '' })
  expect(rows[2]).toEqual(['日期', '单号', '类别', '摘要', '库存点', '批号', '有效期至', '收入', '发出', '结存', '经办人'])
  const kinds = rows.slice(4, -1).map((r) => r[2])
  expect(kinds).toEqual(['入库', '出库', '调拨', '调拨', '盘点', '冲销'])
  expect(rows.at(-1)?.slice(7, 10)).toEqual([650, 155, 495])

  // The alerts on the home screen, clickable to the list.
  await page.getByTestId('nav-/').click()
  await expect(page.getByTestId('home-expiring')).toContainText('1')
  await page.getByTestId('home-expiring').click()
  await expect(page.getByTestId('stock-table').locator('.el-table__body tr')).toHaveCount(1)
  await expect(page.getByTestId('stock-table')).toContainText('新冠抗原检测试剂')
  await expect(page.getByTestId('expiring-table')).toContainText('K1')

  await page.reload()
  await signIn(page)
  await page.getByTestId('nav-/supplies').click()
  await expect(page.getByTestId('stock-table')).toContainText('495 只')
  await page.getByRole('tab', { name: '出入库台账' }).click()
  await expect(page.getByTestId('ledger-table').locator('.el-table__body tr')).toHaveCount(9)
})

test('the demo township has supplies with alerts on the home screen', async ({ page }) => {
  const { setUpDemo } = await import('./helpers')
  await setUpDemo(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page)
  await expect(page.getByTestId('home-below')).not.toContainText(/^0/)
  await page.getByTestId('home-below').click()
  await expect(page.getByTestId('stock-table')).toContainText('N95口罩')
  await expect(page.getByTestId('stock-table')).toContainText('低于储备')
})
