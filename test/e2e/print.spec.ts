import { expect, test, type Page } from '@playwright/test'
import { setUpDemo, signIn } from './helpers'

// Every print view prints itself, whatever pages were opened before it: the app keeps each page's CSS once loaded,
// so a print rule of one page (the roster's "hide everything but me") must not blank another page's sheet.
// Each view is checked in print media after the duty roster has been opened, then the roster itself again.

/** The paper the page prints on with its own @page size: 'landscape' or 'portrait' (from the PDF's first page). */
async function paper(page: Page): Promise<string> {
  // page.pdf() prints in the emulated media: emulateMedia({ media: 'screen' }) would print the screen rules.
  await page.emulateMedia({ media: 'print' })
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1')
  await page.emulateMedia({ media: null })
  const box = /MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf)
  expect(box, 'a MediaBox in the PDF').not.toBeNull()
  return Number(box![1]) > Number(box![2]) ? 'landscape' : 'portrait'
}

async function printMedia(page: Page, run: () => Promise<void>): Promise<void> {
  await page.emulateMedia({ media: 'print' })
  try {
    await run()
  } finally {
    await page.emulateMedia({ media: null })
  }
}

test('each print view shows its own sheet in print media after the others were opened', async ({ page }) => {
  test.setTimeout(180_000)
  await page.clock.install({ time: new Date('2026-11-29T10:40:00+08:00') })
  await setUpDemo(page)
  await page.getByTestId('setup-enter').click()
  await signIn(page, '陈文书', '1234')

  // The roster's print sheet: itself only (the app frame hidden).
  await page.getByTestId('nav-/duty').click()
  await expect(page.getByTestId('duty-print')).toBeEnabled()
  await printMedia(page, async () => {
    await expect(page.getByTestId('roster-print')).toBeVisible()
    await expect(page.getByTestId('roster-print').locator('tbody tr').first()).toBeVisible()
    await expect(page.locator('.layout-sidebar')).not.toBeVisible()
  })
  expect(await paper(page)).toBe('landscape')

  // The supplies stocktake sheet, opened after the roster.
  await page.goto('/#/supplies/stocktake-sheet')
  await expect(page.getByTestId('stocktake-sheet')).toContainText('N95口罩')
  await printMedia(page, async () => {
    await expect(page.getByTestId('stocktake-sheet')).toBeVisible()
    await expect(page.getByTestId('stocktake-sheet').locator('h2')).toBeVisible()
    await expect(page.getByTestId('stocktake-sheet').locator('tbody tr').first()).toBeVisible()
    await expect(page.getByTestId('sheet-print')).not.toBeVisible()
    await expect(page.locator('.layout-sidebar')).not.toBeVisible()
    await expect(page.getByTestId('roster-print')).toHaveCount(0)
  })
  expect(await paper(page)).toBe('landscape')

  // The daily report's print page.
  await page.getByTestId('nav-/reports').click()
  await page.getByTestId('report-start').click()
  await expect(page.getByTestId('report-stage')).toHaveText('填报中')
  await page.getByTestId('report-print').click()
  await expect(page.getByTestId('report-sheet')).toContainText('截至11月29日11时')
  await printMedia(page, async () => {
    await expect(page.getByTestId('report-sheet')).toBeVisible()
    await expect(page.getByTestId('report-sheet').locator('h1')).toBeVisible()
    await expect(page.getByTestId('report-sheet').locator('table').first()).toBeVisible()
    await expect(page.getByTestId('report-print-now')).not.toBeVisible()
  })
  expect(await paper(page)).toBe('portrait')
  await page.getByRole('button', { name: '返回' }).click()

  // The dispatch board's print: its figures and map, without the app frame.
  await page.getByTestId('nav-/board').click()
  await expect(page.getByTestId('map-chart').locator('canvas').first()).toBeVisible()
  await printMedia(page, async () => {
    await expect(page.getByTestId('board-figures')).toBeVisible()
    await expect(page.getByTestId('map-chart')).toBeVisible()
    await expect(page.locator('.layout-sidebar')).not.toBeVisible()
  })
  expect(await paper(page)).toBe('landscape')

  // The log book (A4 portrait): its @page no longer sets every other screen's paper.
  await page.goto('/#/log-book/2026-11-29')
  await expect(page.getByTestId('log-book')).toBeVisible()
  await printMedia(page, async () => {
    await expect(page.getByTestId('log-book')).toBeVisible()
    await expect(page.getByTestId('book-print')).not.toBeVisible()
  })
  expect(await paper(page)).toBe('portrait')

  // And the roster again, after all the others: still only itself.
  await page.goto('/#/duty')
  await expect(page.getByTestId('duty-print')).toBeEnabled()
  await printMedia(page, async () => {
    await expect(page.getByTestId('roster-print')).toBeVisible()
    await expect(page.locator('.layout-sidebar')).not.toBeVisible()
    await expect(page.getByTestId('duty-print')).not.toBeVisible()
  })
  expect(await paper(page)).toBe('landscape')
})
