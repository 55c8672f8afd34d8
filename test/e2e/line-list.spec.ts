import { expect, test, type Page } from '@playwright/test'
import { initialsOf } from '../../src/domain/common/pinyin'
import { generateDemoTownship } from '../../src/domain/demo/demo-township'
import { checkCharacter } from '../../src/domain/person/id-number'
import { setUpDemo, signIn } from './helpers'

function residentId(birth: string, sequence: string): string {
  const first17 = `511826${birth}${sequence}`
  return first17 + checkCharacter(first17)
}

const village = generateDemoTownship().villages.find((v) => v.name.endsWith('村'))!.name

// Ctrl+V as the clerk presses it, with the text Excel puts on the clipboard.
async function pasteFromExcel(page: Page, rows: string[][]) {
  const text = rows.map((row) => row.join('\t')).join('\r\n') + '\r\n'
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await page.keyboard.press('Control+V')
}

const cell = (page: Page, row: number, col: number) => page.locator(`td[data-row="${row}"][data-col="${col}"]`)

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await setUpDemo(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page)
  await page.getByTestId('nav-/people').click()
  await page.getByTestId('people-line-list').click()
  await expect(page.getByTestId('line-list-editor')).toBeFocused()
})

test('pastes people from Excel, marks the bad cells, saves the good rows and finds them after a reload', async ({
  page,
}) => {
  const good = residentId('19900307', '123')
  await pasteFromExcel(page, [
    ['姓名', '身份证号', '联系电话', '所属村', '从何地来', '返乡日期', '交通方式'],
    ['孟庆余', good, '138 1234 5678', initialsOf(village), '湖北省武汉市', '2021.1.8', '火车'],
    ['', residentId('19851120', '246'), '13912345678', village, '成都', '1月9日', ''],
  ])
  await expect(page.getByTestId('line-status-0')).toHaveText('待保存')
  await expect(page.getByTestId('line-status-1')).toHaveText('有错误')
  await expect(cell(page, 1, 0)).toHaveClass(/error/)
  await expect(cell(page, 1, 0)).toHaveAttribute('title', '请填写姓名。')
  await expect(cell(page, 0, 6)).toContainText(village)
  await expect(cell(page, 0, 3)).toHaveText('男')

  await page.getByTestId('line-list-save').click()
  await expect(page.getByTestId('line-list-summary')).toContainText('已保存 1 行')
  await expect(page.getByTestId('line-status-0')).toHaveText('已保存（新登记）')
  await expect(page.getByTestId('line-status-1')).toHaveText('有错误')

  // Fix the missing name by typing, as in Excel: select the cell, type, Enter.
  await cell(page, 1, 0).click()
  await page.keyboard.type('蒋丽')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('line-status-1')).toHaveText('待保存')
  await page.getByTestId('line-list-save').click()
  await expect(page.getByTestId('line-status-1')).toHaveText('已保存（新登记）')

  await page.reload()
  await signIn(page)
  await page.getByTestId('nav-/people').click()
  for (const name of ['孟庆余', '蒋丽']) {
    await page.getByTestId('people-search').fill(name)
    await expect(page.getByTestId('people-table')).toContainText(name)
  }
})

test('moves like Excel through 500 pasted rows, drawing the rows it reaches', async ({ page }) => {
  const rows = Array.from({ length: 500 }, (_, i) => [`测试${'甲乙丙丁戊'[i % 5]}${i}`, '', '', '', '', '13812345678'])
  await pasteFromExcel(page, rows)
  await expect(page.getByTestId('line-list-counts')).toContainText('共 500 行')
  await expect(page.getByTestId('line-list-counts')).toContainText('有错误 500')

  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Tab')
  const editor = page.getByTestId('line-list-editor')
  await expect(editor).toBeFocused()
  await expect(editor).toHaveAttribute('data-row', '20')
  await expect(editor).toHaveAttribute('data-col', '1')

  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Delete')
  await expect(cell(page, 20, 0)).toHaveText('')

  // The last row is drawn once scrolled to, and the editor follows the current cell there.
  await page.keyboard.press('Control+ArrowDown')
  await expect(editor).toHaveAttribute('data-row', '499')
  await expect(cell(page, 499, 0)).toBeVisible()
  await page.keyboard.press('F2')
  await page.keyboard.press('End')
  await page.keyboard.type('甲')
  await page.keyboard.press('Enter')
  await expect(cell(page, 499, 0)).toHaveText('测试戊499甲')
  await expect(page.getByTestId('line-list-counts')).toContainText('共 501 行')
})

test('types Chinese through an input method, copies cells as Excel does, and asks before losing rows', async ({
  page,
  context,
}) => {
  const editor = page.getByTestId('line-list-editor')
  // 拼音 composing from the first key on a selected (not yet edited) cell.
  const cdp = await context.newCDPSession(page)
  await cdp.send('Input.imeSetComposition', { text: 'zhang', selectionStart: 5, selectionEnd: 5 })
  await cdp.send('Input.insertText', { text: '张' })
  await cdp.send('Input.imeSetComposition', { text: 'wei', selectionStart: 3, selectionEnd: 3 })
  await cdp.send('Input.insertText', { text: '伟' })
  await page.keyboard.press('Enter')
  await expect(cell(page, 0, 0)).toHaveText('张伟')

  await cell(page, 0, 0).dblclick({ force: true })
  await expect(editor).toHaveClass(/editing/)
  await page.keyboard.type('华')
  await page.keyboard.press('Tab')
  await expect(cell(page, 0, 0)).toHaveText('张伟华')

  await page.keyboard.press('Shift+ArrowLeft')
  await page.keyboard.press('Control+C')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('张伟华\t\r\n')

  await page.getByTestId('line-list-close').click()
  await expect(page.locator('.el-message-box')).toContainText('还有 1 行没有保存')
  await page.locator('.el-message-box').getByRole('button', { name: '取消' }).click()
  await expect(page.getByTestId('line-list-grid')).toBeVisible()
})
