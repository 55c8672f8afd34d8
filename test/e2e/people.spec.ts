import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { read, utils } from '@e965/xlsx'
import { fixture, setUpDemo, signIn } from './helpers'

test.beforeEach(async ({ page }) => {
  await setUpDemo(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page)
  await page.getByTestId('nav-/people').click()
})

const peopleRows = (page: Page) => page.getByTestId('people-table').locator('.el-table__body tr')

test('register by form, same ID again adds an episode, numbers masked until revealed, reload keeps all', async ({
  page,
}) => {
  await page.getByTestId('people-register').click()
  await page.getByTestId('register-document').fill('11010519491231002x')
  await page.getByTestId('register-name').fill('测试返乡人')
  await page.getByTestId('register-phone').fill('+86 138-0013-8000')
  await page.getByTestId('register-origin-city').fill('成都市')
  await page.getByTestId('register-name').press('Enter')
  await expect(page.getByTestId('register-saved')).toContainText('已登记 测试返乡人')

  await page.getByTestId('register-document').fill('11010519491231002X')
  await page.getByTestId('register-name').fill('测试返乡人')
  await page.getByTestId('register-save').click()
  await expect(page.getByTestId('register-saved')).toContainText('已在册')
  await page.getByRole('button', { name: '关闭' }).last().click()

  await page.getByTestId('people-search').fill('测试返乡人')
  await expect(peopleRows(page)).toHaveCount(1)
  await expect(page.getByTestId('people-table')).toContainText('110105********002X')
  await expect(page.getByTestId('people-table')).toContainText('138****8000')
  await expect(page.getByTestId('people-table')).not.toContainText('11010519491231002X')
  await peopleRows(page).first().click()
  await expect(page.getByTestId('episode-card')).toHaveCount(2)
  await page.getByTestId('person-reveal').click()
  await expect(page.getByTestId('person-document')).toHaveText('11010519491231002X')

  await page.reload()
  await signIn(page)
  await page.getByTestId('nav-/people').click()
  await page.getByTestId('people-search').fill('csfxr')
  await expect(peopleRows(page)).toHaveCount(1)
  await page.getByTestId('nav-/audit').click()
  await expect(page.getByTestId('audit-table')).toContainText('查看')
})

test('a likely duplicate is merged from the review queue, keeping every episode', async ({ page }) => {
  await page.getByTestId('nav-/duplicates').click()
  const pairs = page.getByTestId('duplicate-pair')
  await expect(pairs.first()).toBeVisible()
  const before = await pairs.count()
  expect(before).toBeGreaterThan(0)
  await page.getByTestId('duplicate-keep-1').first().click()
  await page.getByRole('button', { name: '合并' }).last().click()
  await expect(pairs).toHaveCount(before - 1)
})

test('a county list is imported, matched, verified and its feedback exported with ID columns intact', async ({
  page,
}) => {
  await page.getByTestId('nav-/county-lists').click()
  await page.getByTestId('county-lists-import').click()
  await page
    .getByTestId('county-list-drop')
    .locator('input[type=file]')
    .setInputFiles(fixture('county-lists/xiecha.xlsx'))
  await page.getByTestId('county-list-title').fill('协查函〔2026〕1号')
  await page.getByTestId('county-list-confirm').click()
  await expect(page.getByTestId('county-list-rows')).toBeVisible()
  await page.getByTestId('county-list-result').first().click()
  await page.getByRole('option', { name: '不在本地居住' }).first().click()
  await expect(page.getByText('已核查 1 / 6')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByTestId('county-list-export').locator('button').first().click()
  const file = await (await download).path()
  const sheet = read(readFileSync(file)).Sheets
  const rows = utils.sheet_to_json<string[]>(Object.values(sheet)[0], { header: 1, raw: false })
  const header = rows.find((r) => r.includes('姓名'))!
  expect(header.slice(0, 4)).toEqual(['序号', '姓名', '性别', '身份证号码'])
  expect(header).toContain('核查结果')
  expect(rows.flat().join(',')).toContain('不在本地居住')
  expect(rows.flat().join(',')).not.toMatch(/E\+17/)
})
