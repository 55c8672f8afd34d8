import { expect, test, type Page } from '@playwright/test'
import { setUpDemo, signIn } from './helpers'

test.beforeEach(async ({ page }) => {
  await setUpDemo(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page, '张值班', '1234')
})

test.afterEach(async ({ page }, info) => {
  if (info.status !== 'passed') await page.screenshot({ path: '/tmp/rounds-fail.png' })
})

async function scanTube(page: Page, tubeNo: string) {
  await page.getByTestId('scan-tube').fill(tubeNo)
  await page.getByTestId('scan-tube').press('Enter')
  await expect(page.getByTestId('scan-person')).toBeFocused()
}

async function scanPerson(page: Page, number: string, expected: RegExp) {
  await page.getByTestId('scan-person').fill(number)
  await page.getByTestId('scan-person').press('Enter')
  await expect(page.getByTestId('scan-line').first()).toHaveText(expected)
}

test('a mass round with 3-in-1 tubes: scanning, refusals, coverage, a positive tube and its re-tests, reload', async ({
  page,
}) => {
  test.setTimeout(120_000)
  // The demo township has a round in progress with a positive tube.
  await page.getByTestId('nav-/control/rounds').click()
  await expect(page.getByTestId('rounds-table')).toContainText('第二轮全员核酸检测')

  await page.getByTestId('round-add').click()
  await page.getByTestId('round-name').fill('第三轮全员核酸')
  await page.getByTestId('round-villages').click()
  for (let i = 0; i < 3; i++) await page.getByRole('option').nth(i).click()
  await page.keyboard.press('Escape')
  await page.getByTestId('round-pool').locator('input').fill('3')
  await page.getByTestId('round-point-0').fill('村委会广场')
  await page.getByTestId('round-save').click()
  await expect(page).toHaveURL(/#\/control\/rounds\/rnd_/)
  const targets = Number((await page.getByTestId('round-figures').textContent())!.match(/应检 (\d+) 人/)![1])
  expect(targets).toBeGreaterThan(5)

  // Tube T0001: three people by register number; the tube closes itself and the cursor returns to the tube.
  await scanTube(page, 't0001')
  await scanPerson(page, '1', /T0001 第 1 位：/)
  await scanPerson(page, '2', /T0001 第 2 位：/)
  await page.getByTestId('scan-person').fill('3')
  await page.getByTestId('scan-person').press('Enter')
  await expect(page.getByTestId('scan-line').first()).toHaveText(/试管 T0001 已满 3 人，已封管/)
  await expect(page.getByTestId('scan-tube')).toBeFocused()
  // A closed tube, a person twice, two people in one position, someone not on the list: each refused in words.
  await page.getByTestId('scan-tube').fill('T0001')
  await page.getByTestId('scan-tube').press('Enter')
  await expect(page.getByTestId('scan-line').first()).toHaveText(/已封管/)
  await scanTube(page, 'T0002')
  await scanPerson(page, '1', /本轮已采样（试管 T0001 第 1 位），同一人不能重复采样/)
  await scanPerson(page, '4', /T0002 第 1 位：/)
  await page.getByTestId('scan-position').locator('input').fill('1')
  await scanPerson(page, '5', /试管 T0002 第 1 位已有 .+，一个位次只能放一人/)
  await scanPerson(page, '99999', /本轮应检名单中没有此人/)
  await page.getByTestId('scan-position').locator('input').fill('')
  await scanPerson(page, '5', /T0002 第 2 位：/)
  await expect(page.getByTestId('scan-tube-state')).toContainText('2/3')
  await page.getByTestId('scan-seal').click()
  await expect(page.getByTestId('scan-line').first()).toHaveText(/试管 T0002 已封管（2 人）/)

  // Coverage and who is left.
  await page.getByRole('tab', { name: '覆盖率' }).click()
  await expect(page.getByTestId('coverage-table')).toContainText(`${targets - 5}`)
  await expect(page.getByTestId('round-figures')).toContainText('已采 5 人')
  await page.getByRole('tab', { name: '应检未检' }).click()
  await expect(page.getByTestId('unsampled-total')).toHaveText(`未采样 ${targets - 5} 人`)

  // T0001 is positive: its three people get individual re-tests today.
  await page.getByRole('tab', { name: '试管与结果' }).click()
  await page.getByTestId('tubes-table').getByText('T0001').click()
  await page.getByTestId('tube-positive').click()
  await page.getByRole('button', { name: '确定' }).click()
  await page.getByTestId('tube-retest').click()
  await expect(page.getByTestId('tube-retests-done')).toContainText('已安排 3 人')
  await expect(page.getByTestId('tube-people').locator('.el-table__body tr')).toHaveCount(3)
  await page.keyboard.press('Escape')

  // Reload: the round, its samples, the positive tube and the re-tests are all still there.
  await page.reload()
  await signIn(page, '张值班', '1234')
  await page.getByTestId('nav-/control/rounds').click()
  await page.getByTestId('rounds-table').getByText('第三轮全员核酸').click()
  await expect(page.getByTestId('round-figures')).toContainText('已采 5 人')
  await expect(page.getByTestId('round-figures')).toContainText('阳性管 1 支')
  await page.getByRole('tab', { name: '试管与结果' }).click()
  await page.getByTestId('tubes-filter').getByText('阳性').click()
  await expect(page.getByTestId('tubes-table').locator('.el-table__body tr')).toHaveCount(1)
  await expect(page.getByTestId('tubes-table')).toContainText('已安排 3 人')
  await page.getByTestId('nav-/control/today').click()
  await expect(page.getByTestId('today-due')).toContainText('T0001 阳性复检')
})
