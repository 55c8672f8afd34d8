import { expect, test, type Page } from '@playwright/test'
import { setUpDemo, signIn } from './helpers'

// The wartime log end to end: a shift's calls, a correction, an order that goes overdue on a controlled clock,
// its feedback, an incident with the ten first-time actions, the printed log book, and the chain after a reload
// (and after tampering with IndexedDB behind the app's back).

async function capture(page: Page, content: string, more: { counterpart?: string; kind?: string } = {}) {
  await page.keyboard.press('F2')
  const dialog = page.getByTestId('capture-dialog')
  await expect(dialog).toBeVisible()
  if (more.kind) await dialog.getByText(more.kind, { exact: true }).click()
  if (more.counterpart) await page.getByTestId('capture-counterpart').fill(more.counterpart)
  await page.getByTestId('capture-content').fill(content)
  await page.getByTestId('capture-save').click()
  await expect(dialog).toBeHidden()
}

function logRow(page: Page, text: string) {
  return page.getByTestId('log-table').locator('.el-table__body tr', { hasText: text })
}

/** The idle lock fires when the clock jumps hours ahead: unlock as the same user. */
async function unlockIfLocked(page: Page) {
  if (await page.getByTestId('lock-screen').isVisible()) {
    await page.getByTestId('unlock-password').fill('admin-pass')
    await page.getByTestId('unlock-submit').click()
    await expect(page.getByTestId('lock-screen')).toBeHidden()
  }
}

test('a duty shift on the wartime log', async ({ page }) => {
  test.setTimeout(180_000)
  // A morning: the shift below runs 5½ hours on, and must stay on one day for the printed day's log book.
  await page.clock.install({ time: new Date('2026-11-29T09:00:00+08:00') })
  await setUpDemo(page)
  await signIn(page)
  await expect(page.getByTestId('chain-indicator')).toHaveAttribute('data-state', 'intact')

  // Calls during the shift, from anywhere: F2 on the home screen, the header button elsewhere.
  await capture(page, '青龙村报告新增返乡人员 2 人，持核酸阴性证明', { counterpart: '青龙村 王书记' })
  await page.goto('/#/people')
  await capture(page, '卫生院报告发热病人 1 人，体温 37.3℃', { kind: '报告' })
  // Bad input: empty content is refused with a clear message.
  await page.getByTestId('capture-open').click()
  await page.getByTestId('capture-save').click()
  await expect(page.getByTestId('capture-dialog')).toContainText('请填写内容')
  await page.getByTestId('capture-dialog').getByRole('button', { name: '取消' }).click()

  await page.goto('/#/log')
  await expect(logRow(page, '青龙村报告新增返乡人员')).toBeVisible()
  await expect(logRow(page, '体温 37.3℃')).toBeVisible()

  // Correct the fever call: a new entry pointing at the old one; both show.
  await logRow(page, '体温 37.3℃').getByRole('button', { name: '更正' }).click()
  await expect(page.getByTestId('capture-dialog')).toContainText('原记录保留不变')
  await page.getByTestId('capture-content').fill('卫生院报告发热病人 1 人，体温 38.3℃（更正体温）')
  await page.getByTestId('capture-save').click()
  await expect(logRow(page, '体温 37.3℃').getByTestId('corrected-mark')).toBeVisible()
  await expect(logRow(page, '38.3℃（更正体温）')).toContainText('更正第')

  // Filters: by kind and by text.
  await page.getByTestId('log-text').fill('返乡人员 2 人')
  await expect(page.getByTestId('log-table').locator('.el-table__body tr')).toHaveCount(1)
  await page.getByTestId('log-text').fill('')

  // An order from the log entry, with a deadline two hours ahead.
  await logRow(page, '青龙村报告新增返乡人员').getByRole('button', { name: '转交办' }).click()
  await page.getByTestId('order-title').fill('核实青龙村返乡 2 人核酸证明并落实居家健康监测')
  await page.getByTestId('order-owner').fill('王镇长')
  await page.getByTestId('order-save').click()
  await expect(page.getByTestId('order-dialog')).toBeHidden()

  await page.goto('/#/orders')
  const order = page.getByTestId('orders-table').locator('.el-table__body tr', { hasText: '核实青龙村返乡' }).first()
  await expect(order.getByTestId('order-status')).toHaveText('待办')

  // Three hours later, nobody has reported back: the order is overdue, here and on the home screen.
  await page.clock.fastForward('03:00:00')
  await unlockIfLocked(page)
  await expect(order.getByTestId('order-status')).toHaveText('已超期')
  await expect(order).toContainText('超期')
  // The home screen shows it too (with the demo's overdue ones: the market and the transfer order).
  await page.goto('/#/')
  await expect(page.getByTestId('home-overdue')).toHaveText('超期 3 项')
  await expect(page.getByTestId('header-overdue')).toHaveText('超期 3 项')
  await expect(page.getByTestId('home-orders')).toContainText('核实青龙村返乡')
  await page.goto('/#/orders')

  // Feedback from the owner, then done.
  await order.getByTestId('order-feedback').click()
  await page.getByTestId('order-event-text').fill('已核实 2 人证明有效，村医已上门')
  await page.getByTestId('order-event-save').click()
  await expect(page.getByTestId('order-event-dialog')).toBeHidden()
  await expect(order).toContainText('已核实 2 人证明有效')
  await page.getByTestId('tab-owners').click()
  await expect(page.getByTestId('owners-board')).toContainText('王镇长')
  await page.getByTestId('orders-tab').getByText('未办结').click()
  await order.getByTestId('order-done').click()
  await page.getByTestId('order-event-text').fill('2 人已纳入居家健康监测')
  await page.getByTestId('order-event-save').click()
  await expect(page.getByTestId('orders-table')).not.toContainText('核实青龙村返乡')

  // An incident: the ten first-time actions, ticked one by one, each logged.
  await page.goto('/#/incidents')
  await page.getByTestId('incident-new').click()
  await page.getByTestId('incident-title').fill('青龙村 新冠阳性病例 1 例（王某）')
  await page.getByTestId('incident-save').click()
  await expect(page.getByTestId('incident-heading')).toHaveText('青龙村 新冠阳性病例 1 例（王某）')
  const actions = page.getByTestId('incident-actions').locator('.el-table__body tr')
  await expect(actions).toHaveCount(10)
  await page.getByTestId('action-0').click()
  await page.getByTestId('action-1').click()
  await expect(actions.nth(0).getByTestId('action-status')).toHaveText('按时完成')
  await expect(actions.nth(1).getByTestId('action-status')).toHaveText('按时完成')
  await expect(page.getByTestId('incident-timeline')).toContainText('已完成：第一时间开展流调')
  // Two hours on, the untouched one-hour and two-hour actions are overdue and red.
  await page.clock.fastForward('02:30:00')
  await unlockIfLocked(page)
  await expect(actions.nth(9).getByTestId('action-status')).toHaveText('已超时')
  await page.getByTestId('action-2').click()
  await expect(actions.nth(2).getByTestId('action-status')).toHaveText('按时完成')

  // The printed daily log book: an A4 page with today's entries, print layout without the screen buttons.
  await page.goto('/#/log')
  await page.getByTestId('log-print').click()
  await expect(page.getByTestId('log-book')).toContainText('值班记录')
  await expect(page.getByTestId('book-row').filter({ hasText: '38.3℃（更正体温）' })).toBeVisible()
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes')
  })
  await page.getByTestId('book-print').click()
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('book-print')).toBeHidden()
  const sheetWidth = await page.getByTestId('log-book').evaluate((el) => el.getBoundingClientRect().width)
  expect(sheetWidth).toBeGreaterThan(500)
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF')
  await page.emulateMedia({ media: 'screen' })

  // Reload: everything is still there and the chain verifies.
  await page.goto('/#/log')
  await page.reload()
  await signIn(page)
  await expect(logRow(page, '38.3℃（更正体温）')).toBeVisible()
  await page.getByTestId('chain-indicator').click()
  await expect(page.getByTestId('chain-ok')).toBeVisible()
  await expect(page.getByTestId('chain-ok')).toContainText('条记录完整')

  // Tamper with one stored entry behind the app's back: the check names it.
  const tampered = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('command-post')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('logEntries', 'readwrite')
          const store = tx.objectStore('logEntries')
          const index = store.index('seq')
          const get = index.get(3)
          get.onsuccess = () => {
            const entry = get.result
            entry.content = '被篡改的内容'
            store.put(entry)
            tx.oncomplete = () => resolve(entry.seq)
          }
        }
      }),
  )
  await page.getByTestId('chain-verify').click()
  await expect(page.getByTestId('chain-break')).toHaveText(
    `第 ${tampered} 条记录的内容被改动过（与保存时的哈希值不符）`,
  )
  await page.getByRole('button', { name: '关闭', exact: true }).click()
  await expect(page.getByTestId('chain-indicator')).toHaveAttribute('data-state', 'broken')
})

test('an order refuses a missing owner and a deadline in the past', async ({ page }) => {
  await setUpDemo(page)
  await signIn(page)
  await page.goto('/#/orders')
  await page.getByTestId('order-new').click()
  await page.getByTestId('order-title').fill('消杀')
  await page.getByTestId('order-save').click()
  await expect(page.getByTestId('order-dialog')).toContainText('请填写责任人')
  await page.getByTestId('order-owner').fill('消杀组')
  const deadline = page.getByTestId('order-dialog').locator('.el-date-editor input')
  await deadline.fill('2020-01-01 08:00')
  await deadline.press('Enter')
  await page.getByTestId('order-save').click()
  await expect(page.getByTestId('order-dialog')).toContainText('办结时限不能早于现在')
  await expect(page.getByTestId('order-dialog')).not.toContainText('请填写责任人')
})
