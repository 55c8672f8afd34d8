import { expect, test } from '@playwright/test'
import { setUpDemo, signIn } from './helpers'

// The dispatch board end to end on the demo township: the figures and what is behind one, the village-by-village
// round with the arrow keys, a meeting recorded without leaving the board, and its order on the board.

test('a dispatch meeting on the board', async ({ page }) => {
  test.setTimeout(180_000)
  await setUpDemo(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page, '刘书记', '1234')
  await page.getByTestId('nav-/board').click()
  await expect(page.getByTestId('map-chart').locator('canvas').first()).toBeVisible()

  // Today's figures, from the demo's registers: people under control, open orders, the incident under way.
  const figure = (key: string) => page.getByTestId(`board-figure-${key}`).getByTestId('board-figure-value')
  await expect(figure('underControl.total')).not.toHaveText('0')
  await expect(figure('incidents.active')).toHaveText('1')
  await expect(page.getByTestId('board-incident')).toContainText('已完成 4/10')
  await expect(page.getByTestId('board-duty-current')).toContainText('带班领导')
  const underControl = Number(await figure('underControl.total').innerText())

  // A figure opens the list behind it: people under control → the active measures.
  await page.getByTestId('board-figure-underControl.total').click()
  await expect(page).toHaveURL(/#\/control\/measures/)
  await expect(page.getByTestId('measures-status').locator('.is-active')).toContainText('在管')
  await page.goBack()
  await expect(figure('underControl.total')).toHaveText(String(underControl))

  // Around the table: → steps to the first village, → to the second, ← back, Esc to the township.
  await page
    .getByTestId('board-figures')
    .click({ position: { x: 1, y: 1 } })
    .catch(() => undefined)
  await page.locator('body').press('ArrowRight')
  await expect(page.getByTestId('board-where')).toContainText('第 1/20 个')
  await expect(page.getByTestId('board-village-card')).toBeVisible()
  const first = await page.getByTestId('board-village-name').innerText()
  await page.locator('body').press('ArrowRight')
  await expect(page.getByTestId('board-where')).toContainText('第 2/20 个')
  await expect(page.getByTestId('board-village-name')).not.toHaveText(first)
  await page.locator('body').press('ArrowLeft')
  await expect(page.getByTestId('board-village-name')).toHaveText(first)
  const villageFigure = Number(await figure('underControl.total').innerText())
  expect(villageFigure).toBeLessThanOrEqual(underControl)
  await page.locator('body').press('Escape')
  await expect(page.getByTestId('board-where')).toHaveText('全镇')
  await expect(page.getByTestId('board-village-card')).toHaveCount(0)

  // Record the meeting on the board: attendees, a decision (into the log), an order with owner and deadline.
  await page.getByTestId('board-meeting').click()
  await page.getByTestId('meeting-attendees').fill('刘书记、王镇长、张值班')
  await page.getByTestId('meeting-start').click()
  await expect(page.getByTestId('board-recording')).toContainText('决定 0 项，交办 0 项')
  await page.getByTestId('meeting-decide').click()
  await expect(page.getByTestId('meeting-drawer')).toContainText('请填写决定事项的内容')
  await page.getByTestId('meeting-decision').fill('观音村继续封控三天，每日两次核酸')
  await page.getByTestId('meeting-decide').click()
  await expect(page.getByTestId('meeting-decisions').locator('li')).toHaveText(['观音村继续封控三天，每日两次核酸'])
  await page.getByTestId('meeting-order-title').fill('组织观音村今晚完成全员核酸采样')
  await page.getByTestId('meeting-drawer').getByText('责任人', { exact: true }).click()
  await page.getByTestId('meeting-order-owner').fill('王镇长')
  await page.getByTestId('meeting-issue').click()
  await expect(page.getByTestId('meeting-orders').locator('li')).toContainText([
    '王镇长：组织观音村今晚完成全员核酸采样',
  ])
  await expect(page.getByTestId('board-recording')).toContainText('决定 1 项，交办 1 项')
  // The board still answers the mouse while the drawer is open: present a village and come back.
  await page.getByTestId('board-next').click()
  await expect(page.getByTestId('board-village-card')).toBeVisible()
  await page.getByTestId('board-where').click()
  await expect(page.getByTestId('board-village-card')).toHaveCount(0)

  // The order is on the board at once, under its owner; the open-orders figure went up by one.
  await expect(page.getByTestId('board-orders')).toContainText('王镇长')
  await expect(page.getByTestId('board-orders')).toContainText('组织观音村今晚完成全员核酸采样')
  await page.locator('.el-drawer__close-btn').click()
  await expect(page.getByTestId('meeting-drawer')).toHaveCount(0)
  await expect(page.getByTestId('board-orders')).toContainText('组织观音村今晚完成全员核酸采样')

  // The decision is a wartime-log entry, and the order is on the orders screen with the meeting as its source.
  await page.getByTestId('nav-/log').click()
  await expect(page.getByTestId('log-table')).toContainText('决定：观音村继续封控三天')
  await page.getByTestId('nav-/orders').click()
  await expect(page.locator('body')).toContainText('组织观音村今晚完成全员核酸采样')
})
