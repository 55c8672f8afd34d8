import { expect, test, type Page } from '@playwright/test'
import { choose, fixture, setUpDemo, signIn } from './helpers'

// The risk map end to end on the demo township: import village areas (GeoJSON) and Ovital points (KMZ, GCJ-02)
// through the review step, set a level as a leader (refused as a duty officer), replay, reload, and find it all.

async function openMap(page: Page): Promise<void> {
  await page.getByTestId('nav-/map').click()
  await expect(page.getByTestId('map-chart').locator('canvas').first()).toBeVisible()
}

async function importFile(page: Page, name: string, system: string): Promise<void> {
  await page.getByTestId('map-import').click()
  await page.getByTestId(`map-system-${system}`).click()
  await page.getByTestId('map-import-file').setInputFiles(fixture(`map/${name}`))
  await expect(page.getByTestId('map-review')).toBeVisible()
}

test('import, review, decide as a leader, replay and reload', async ({ page }) => {
  await setUpDemo(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page, '刘书记', '1234')
  await openMap(page)
  // The demo ships with a schematic and a month of decisions.
  await expect(page.getByTestId('map-change').first()).toBeVisible()

  // GeoJSON polygons: 19 matched (float codes repaired, names with 村委会), one unmatched, two claiming 红星村,
  // one point among the polygons.
  await importFile(page, 'villages.geojson', 'wgs84')
  const summary = page.getByTestId('map-review-summary')
  await expect(summary).toContainText('已匹配 19')
  await expect(summary).toContainText('未匹配 1')
  await expect(summary).toContainText('有歧义 2')
  await expect(summary).toContainText('有问题 1')
  // The reviewer settles the ambiguity: the second 红星村 feature is left out, the first kept.
  await choose(page, 'review-village-21', '不导入')
  await choose(page, 'review-village-19', '红星村')
  await expect(page.getByTestId('review-status-20')).toHaveText('未匹配')
  await page.getByTestId('map-review-save').click()
  await expect(page.getByTestId('map-mode')).toBeVisible()

  // Ovital KMZ of village points in GCJ-02: every point matched by its code.
  await importFile(page, 'village-points-ovital.kmz', 'gcj02')
  await expect(summary).toContainText('已匹配 20')
  await expect(page.getByText('1 个要素不是面或点')).toBeVisible()
  await page.getByTestId('map-review-save').click()
  await expect(page.getByTestId('map-build-areas')).toBeVisible()

  // The demo's quarantine site on the map: typed coordinates, then picked by a click on the map; a pin is drawn.
  await openTool(page, 'map-sites')
  await page.getByTestId('site-lon-0').fill('30.145')
  await page.getByTestId('site-lat-0').fill('102.955')
  await page.getByTestId('site-save-0').click()
  await expect(page.getByTestId('site-locations')).toContainText('经度和纬度填反了')
  await page.getByTestId('site-lon-0').fill('102.955')
  await page.getByTestId('site-lat-0').fill('30.145')
  await page.getByTestId('site-save-0').click()
  await expect(page.getByTestId('site-locations')).toContainText('102.955, 30.145')
  await page.getByTestId('site-pick-0').click()
  await expect(page.getByTestId('map-picking')).toContainText('示范镇隔离点')
  const chart = (await page.getByTestId('map-chart').boundingBox())!
  await page.mouse.click(chart.x + chart.width * 0.6, chart.y + chart.height * 0.5)
  await expect(page.getByTestId('map-picking')).toHaveCount(0)
  await expect(page.getByTestId('map-drawn')).toHaveAttribute('data-sites', '1')
  await openTool(page, 'map-sites')
  await expect(page.getByTestId('site-locations')).not.toContainText('102.955, 30.145')
  await expect(page.getByTestId('site-locations')).toContainText('30.1')
  await page.keyboard.press('Escape')

  // Bad input: a ring that crosses itself is reported, nothing is saved from it.
  await page.getByTestId('map-import').click()
  await page.getByTestId('map-import-file').setInputFiles(fixture('map/projected-metres.geojson'))
  await expect(page.getByTestId('map-import-error')).toContainText('不在中国境内')
  await page.getByRole('button', { name: '取消' }).last().click()

  // A leader records a level for 花园村 through the change list's panel.
  await page.getByTestId('nav-/villages').click()
  await openMap(page)
  await selectVillage(page, '花园村')
  await page.getByTestId('risk-level-high').click()
  await page.getByTestId('risk-reason').fill('确诊病例居住地')
  await page.getByTestId('risk-save').click()
  await expect(page.getByTestId('risk-form')).toContainText('必须填写')
  await page.getByTestId('risk-source').fill('示范县指发〔2022〕50号')
  await page.getByTestId('risk-save').click()
  await expect(page.getByTestId('panel-level')).toHaveText('高风险')
  await expect(page.getByTestId('panel-history')).toContainText('示范县指发〔2022〕50号')
  await page.keyboard.press('Escape')

  // Replay: yesterday 花园村 was not yet high.
  await page.getByTestId('replay-back').click()
  const yesterday = await page.getByTestId('replay-date').textContent()
  await expect(page.getByTestId('replay-date')).not.toHaveText(await today(page))
  await selectVillage(page, '花园村')
  await expect(page.getByTestId('village-panel')).toContainText(`${yesterday}`)
  await expect(page.getByTestId('panel-level-on')).toHaveText('常态')
  await expect(page.getByTestId('panel-level')).toHaveText('高风险')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('map-drawn')).toContainText(`${yesterday}`)
  await page.getByTestId('replay-today').click()
  await expect(page.getByTestId('map-drawn')).toContainText(await today(page))

  // Reload: layers, decisions and the change list are all still there.
  await page.reload()
  await signIn(page, '刘书记', '1234')
  await openMap(page)
  await expect(page.getByTestId('map-mode')).toBeVisible()
  await expect(page.getByTestId('map-drawn')).toHaveAttribute('data-sites', '1')
  await expect(page.getByTestId('map-change').first()).toContainText('花园村')
  await expect(page.getByTestId('map-change').first()).toContainText('高风险')

  // A duty officer sees the map and the history but cannot change a level.
  await page.getByTestId('switch-user').click()
  await signIn(page, '张值班', '1234')
  await openMap(page)
  await expect(page.getByTestId('map-import')).toHaveCount(0)
  await selectVillage(page, '花园村')
  await expect(page.getByTestId('panel-leader-only')).toBeVisible()
  await expect(page.getByTestId('risk-form')).toHaveCount(0)
})

test('suggested levels from the registers, hover counts, and rules only a leader edits', async ({ page }) => {
  await setUpDemo(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page, '刘书记', '1234')
  await openMap(page)

  // Hovering a village shows its population and the registers' counts.
  const chart = (await page.getByTestId('map-chart').boundingBox())!
  await page.mouse.move(chart.x + chart.width * 0.55, chart.y + chart.height * 0.5)
  await expect(page.getByText('户籍人口').first()).toBeVisible()
  await expect(page.getByText(/今日发热 \d+ · 核酸应检 \d+ · 逾期 \d+/).first()).toBeVisible()
  await expect(page.getByText(/阳性（近 7 天）\d+/).first()).toBeVisible()

  // The demo's registers (a positive, close contacts at home, fevers) suggest levels the decisions do not match.
  await page.getByTestId('map-differs-tab').click()
  const row = page.getByTestId('map-differs-row').first()
  await expect(row).toBeVisible()
  const name = (await row.locator('b').textContent())!
  const suggested = (await row.getAttribute('data-suggested'))!
  const before = await page.getByTestId('map-differs-row').count()
  await row.click()
  await expect(page.getByTestId('village-panel')).toBeVisible()
  await expect(page.getByTestId('panel-differs')).toBeVisible()
  await expect(page.getByTestId('panel-figures')).toContainText('核酸应检')
  // The suggestion never changes the level by itself: the leader decides it, and then they agree.
  await page.getByTestId(`risk-level-${suggested}`).click()
  await page.getByTestId('risk-reason').fill('按登记数据建议')
  await page.getByTestId('risk-source').fill('示范镇调度会')
  await page.getByTestId('risk-save').click()
  await expect(page.getByTestId('panel-differs')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('map-differs-row')).toHaveCount(before - 1)
  await expect(page.getByTestId('map-differs-row').filter({ hasText: name })).toHaveCount(0)

  // A leader switches every rule off: every village is then suggested 常态, so those with a level differ.
  await openTool(page, 'map-rules')
  const switches = page.getByTestId('risk-rules').locator('.el-switch')
  for (let i = 0; i < (await switches.count()); i++) await switches.nth(i).click()
  await page.getByTestId('rules-save').click()
  await expect(page.getByTestId('risk-rules')).toHaveCount(0)
  await expect(page.getByTestId('map-differs-tab')).toContainText(/与建议不同 \d+/)
  await expect(page.getByTestId('map-differs-row').filter({ hasText: '建议 常态' }).first()).toBeVisible()

  // A duty officer reads the rules but cannot save them.
  await page.getByTestId('switch-user').click()
  await signIn(page, '张值班', '1234')
  await openMap(page)
  await openTool(page, 'map-rules')
  await expect(page.getByText('只有领导可以修改建议规则')).toBeVisible()
  await expect(page.getByTestId('rules-save')).toHaveCount(0)
})

/** Opens a tool from the toolbar's 规则与点位 menu. */
async function openTool(page: Page, testId: string): Promise<void> {
  await page.getByTestId('map-more-button').click()
  await page.getByTestId(testId).click()
}

async function today(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date()
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
  })
}

/** Opens a village's panel through the map's village finder (the canvas has no elements to click). */
async function selectVillage(page: Page, name: string): Promise<void> {
  await choose(page, 'map-village-pick', name)
  await expect(page.getByTestId('village-panel')).toBeVisible()
}
