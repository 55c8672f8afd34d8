import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { documentText } from '../fixtures/docx-text'
import { setUpDemo, signIn } from './helpers'

// The daily report end to end on the demo township at a fixed clock (Sunday 2026-11-29 10:40 in Asia/Shanghai,
// window 前日11:00–当日11:00, due 11:30): the home card warns that the deadline is near; the clerk starts the
// report (pre-filled figures and log), writes and signs; 刘书记 reviews; 王镇长 confirms as leader on duty; the clerk
// submits; the report is frozen; the Word file holds the bulletin; the print page lays it out; an amendment keeps
// the original.

async function asUser(page: Page, name: string) {
  await page.getByTestId('switch-user').click()
  await signIn(page, name, '1234')
  await page.getByTestId('nav-/reports').click()
  await expect(page.getByTestId('report-flow')).toBeVisible()
}

const stage = (page: Page) => page.getByTestId('report-stage')

test('write, sign, confirm, submit and download the daily report; then amend it', async ({ page }) => {
  test.setTimeout(150_000) // four sign-ins and the demo township's setup on a shared 2-core machine
  await page.clock.install({ time: new Date('2026-11-29T10:40:00+08:00') })
  await setUpDemo(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page, '陈文书', '1234')

  // Home: the deadline is 50 minutes away and nothing is started.
  await expect(page.getByTestId('home-report')).toContainText('11:30')
  await expect(page.getByTestId('home-report-warning')).toContainText('距截止还有')
  await expect(page.getByTestId('home-report')).toContainText('尚未生成')

  await page.getByTestId('nav-/reports').click()
  await expect(page.getByTestId('report-window')).toContainText('统计时段 11月28日11时 至 11月29日11时，11:30 前报送')
  await page.getByTestId('report-start').click()
  await expect(stage(page)).toHaveText('填报中')
  await expect(page.getByTestId('report-summary')).toHaveValue(/^截至11月29日11时/)
  await expect(page.getByTestId('report-group-control')).toContainText('在管')
  await expect(page.getByTestId('report-villages')).toContainText('合计')

  await page.getByTestId('report-nextSteps').fill('继续做好返乡人员排查和居家隔离人员健康监测。')
  await page.getByTestId('report-save').click()
  await expect(page.getByText('已保存')).toBeVisible()
  // Text typed and not saved is saved by signing: what is signed is what is on the screen.
  await page.getByTestId('report-problems').fill('1. 青龙村卡点夜间值守人员不足。')
  await page.getByTestId('report-sign').click()
  await expect(stage(page)).toHaveText('已签字')
  await expect(page.getByTestId('report-nextSteps')).toBeDisabled()
  await expect(page.getByTestId('report-signedBy')).toContainText('陈文书')

  // The clerk cannot review her own report: the button is not offered to her role.
  await expect(page.getByTestId('report-review')).toHaveCount(0)
  await asUser(page, '刘书记')
  await page.getByTestId('report-review').click()
  await expect(stage(page)).toHaveText('已审核')
  // The reviewer may not also confirm as leader on duty.
  await page.getByTestId('report-approve').click()
  await expect(page.getByTestId('report-error')).toContainText('签发人不能是填报人或审核人')

  await asUser(page, '王镇长')
  await page.getByTestId('report-approve').click()
  await expect(stage(page)).toHaveText('已签发')

  await asUser(page, '陈文书')
  await page.getByTestId('report-submit').click()
  await page
    .getByRole('button', { name: 'OK' })
    .or(page.getByRole('button', { name: '确定' }))
    .click()
  await expect(stage(page)).toHaveText('已报送')
  await expect(page.getByTestId('report-frozen')).toBeVisible()
  await expect(page.getByTestId('report-deadline')).toContainText('已于')
  await expect(page.getByTestId('report-summary')).toBeDisabled()

  // The Word file: the bulletin with the three signatures.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download').click()])
  expect(download.suggestedFilename()).toMatch(/^(日报|零报告)_2026-11-29_v1\.docx$/)
  const text = await documentText(readFileSync((await download.path())!))
  expect(text).toMatch(/^示范镇疫情防控(工作日报|零报告)\n2026年11月29日\n截至11月29日11时/)
  expect(text).toContain('二、分村（社区）情况')
  expect(text).toContain('继续做好返乡人员排查和居家隔离人员健康监测。')
  expect(text).toContain('四、存在问题\n1. 青龙村卡点夜间值守人员不足。')
  expect(text).toContain('填报人：陈文书　　审核人：刘书记　　签发（带班领导）：王镇长')

  // The print page (PDF through the print dialog).
  await page.getByTestId('report-print').click()
  await expect(page.getByTestId('report-sheet')).toContainText('截至11月29日11时')
  await expect(page.getByTestId('report-sheet').locator('table')).toContainText('合计')
  await page.getByRole('button', { name: '返回' }).click()

  // An amendment: version 2 as a draft; version 1 stays submitted and can still be read.
  await page.getByTestId('report-amend').click()
  await page.getByTestId('report-amend-confirm').click()
  await expect(page.getByRole('dialog').getByText('请填写更正原因')).toBeVisible()
  await page.getByTestId('report-amend-reason').fill('青龙村新增排查人数有误')
  await page.getByTestId('report-amend-confirm').click()
  await expect(page.getByText('已生成更正版（第 2 版）')).toBeVisible()
  await expect(stage(page)).toHaveText('填报中')
  await expect(page.getByTestId('report-flow')).toContainText('第 2 版')
  await expect(page.getByText('更正第 1 版：青龙村新增排查人数有误')).toBeVisible()
  await page.getByTestId('report-version-1').click()
  await expect(page.getByTestId('report-frozen')).toBeVisible()
  await expect(stage(page)).toHaveText('已报送')

  // Home: today's report shows its newest version; after a reload everything is still there.
  await page.reload()
  await signIn(page, '陈文书', '1234')
  await expect(page.getByTestId('report-versions')).toContainText('第 1 版')
  await page.getByTestId('nav-/').click()
  await expect(page.getByTestId('home-report')).toContainText('第 2 版')
})
