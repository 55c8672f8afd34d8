import { readFile } from 'node:fs/promises'
import * as XLSX from '@e965/xlsx'
import { expect, test } from '@playwright/test'
import { setUpDemo, signIn } from './helpers'

// 台账导出: the county's template is made once (columns, order, headers, title row, date format), survives a
// reload, and the downloaded workbook follows it with ID numbers as intact text cells.
test('make a ledger template and export the people register as xlsx', async ({ page }) => {
  test.setTimeout(120_000)
  await setUpDemo(page)
  await signIn(page)
  await page.getByTestId('nav-/ledgers').click()
  await page.getByTestId('ledger-register-people').click()
  await expect(page.getByTestId('ledger-state')).toContainText('默认模板')

  await page.getByTestId('ledger-title').fill('芦山县返乡人员排查台账')
  await page.getByTestId('ledger-include-sex').click()
  await page.getByTestId('ledger-header-name').fill('人员姓名')
  await page.getByTestId('ledger-header-documentNumber').fill('身份证号码')
  // 证件号码 is the 4th column: two steps up puts it first after 姓名.
  await page.getByTestId('ledger-up-3').click()
  await page.getByTestId('ledger-up-2').click()
  await page.getByTestId('ledger-save').click()
  await expect(page.getByTestId('ledger-state')).toContainText('已保存的模板')

  // Leave and come back: the template is read from the database again.
  await page.getByTestId('nav-/packs').click()
  await page.getByTestId('nav-/ledgers').click()
  await page.getByTestId('ledger-register-people').click()
  await expect(page.getByTestId('ledger-header-name')).toHaveValue('人员姓名')
  await expect(page.getByTestId('ledger-title')).toHaveValue('芦山县返乡人员排查台账')

  const download = page.waitForEvent('download')
  await page.getByTestId('ledger-export-xlsx').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^人员排查台账_\d{8}\.xlsx$/)
  const path = test.info().outputPath(file.suggestedFilename())
  await file.saveAs(path)

  const book = XLSX.read(await readFile(path), { type: 'buffer', cellNF: true })
  const sheet = book.Sheets[book.SheetNames[0]]
  expect(sheet.A1.v).toBe('芦山县返乡人员排查台账')
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })
  expect(rows[1].slice(0, 4)).toEqual(['人员姓名', '身份证号码', '证件类型', '出生日期'])
  expect(rows[1]).not.toContain('性别')
  const ids = rows
    .slice(2)
    .map((row) => row[1])
    .filter(Boolean)
  expect(ids.length).toBeGreaterThan(0)
  // The administrator may see full numbers: 18 characters, text cells, nothing turned into a number.
  expect(ids.some((id) => /^\d{17}[\dX]$/.test(id))).toBe(true)
  expect(sheet.B3.t).toBe('s')
  expect(sheet.B3.z).toBe('@')
})

// Every register page has its own 导出台账: it opens the 台账导出 page on that register.
test('each register page opens its own ledger', async ({ page }) => {
  test.setTimeout(120_000)
  await setUpDemo(page)
  await signIn(page)
  const pages: [nav: string, register: string, title: string][] = [
    ['nav-/people', 'people', '人员排查台账'],
    ['nav-/control/measures', 'measures', '管控措施台账'],
    ['nav-/control/checks', 'healthChecks', '健康监测台账'],
    ['nav-/control/today', 'nucleicTests', '核酸检测台账'],
    ['nav-/county-lists', 'countyLists', '县级推送名单核查台账'],
    ['nav-/log', 'log', '值班日志台账'],
    ['nav-/orders', 'orders', '交办事项台账'],
    ['nav-/supplies', 'supplies', '防疫物资收发台账'],
    ['nav-/duty', 'duty', '值班安排表'],
    ['nav-/map', 'risk', '村（社区）风险等级决定台账'],
  ]
  for (const [nav, register, title] of pages) {
    await page.getByTestId(nav).click()
    await page.getByTestId(`ledger-link-${register}`).click()
    await expect(page).toHaveURL(new RegExp(`register=${register}`))
    await expect(page.getByTestId(`ledger-register-${register}`).locator('input')).toBeChecked()
    await expect(page.locator('.ledgers-editor strong').first()).toHaveText(title)
  }
})
