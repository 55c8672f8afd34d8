import { expect, test, type Page } from '@playwright/test'
import { readFile, writeFile } from 'node:fs/promises'
import {
  BlobReader,
  BlobWriter,
  TextReader,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  ZipWriter,
  configure,
} from '@zip.js/zip.js'
import { setUpDemo, setUpTownship, signIn } from './helpers'

configure({ useWebWorkers: false })

const PASSWORD = '防疫pack-2022'

async function exportPack(page: Page, password: string): Promise<{ path: string; name: string }> {
  await page.getByTestId('pack-recipient').fill('县指挥部办公室')
  if (password) {
    await page.getByTestId('pack-password').fill(password)
    await page.getByTestId('pack-password-again').fill(password)
  }
  await page.getByTestId('pack-export').click()
  await expect(page.getByTestId('pack-written')).toBeVisible({ timeout: 30_000 })
  if (password) await expect(page.getByTestId('pack-password-once')).toContainText(password)
  const download = page.waitForEvent('download')
  await page.getByTestId('pack-download').click()
  const file = await download
  const path = test.info().outputPath(file.suggestedFilename())
  await file.saveAs(path)
  return { path, name: file.suggestedFilename() }
}

/** A copy of a plain pack with one person's name changed inside persons.ndjson (hash no longer matches). */
async function tamper(path: string): Promise<string> {
  const reader = new ZipReader(new Uint8ArrayReader(new Uint8Array(await readFile(path))))
  const writer = new ZipWriter(new BlobWriter('application/zip'))
  for (const entry of await reader.getEntries()) {
    if (entry.directory) continue
    const bytes = await entry.getData(new Uint8ArrayWriter())
    const text = new TextDecoder().decode(bytes)
    if (entry.filename === 'data/persons.ndjson')
      await writer.add(entry.filename, new TextReader(text.replace(/"name":"[^"]+"/, '"name":"假名字"')))
    else await writer.add(entry.filename, new BlobReader(new Blob([bytes])))
  }
  const out = test.info().outputPath('tampered.cpk.zip')
  await writeFile(out, new Uint8Array(await (await writer.close()).arrayBuffer()))
  return out
}

test('export a masked, encrypted pack, wipe the database, import it on a fresh install and find the same people', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await setUpDemo(page)
  await signIn(page)
  await page.getByTestId('nav-/people').click()
  const firstName = (
    await page.getByTestId('people-table').locator('.el-table__body tr').first().locator('td').first().innerText()
  ).trim()
  expect(firstName.length).toBeGreaterThan(1)

  await page.getByTestId('nav-/packs').click()
  const encrypted = await exportPack(page, PASSWORD)
  expect(encrypted.name).toMatch(/^511826101000_\d{8}_\d{8}_001\.cpk\.zip$/)
  const plain = await exportPack(page, '')
  await expect(page.getByTestId('pack-export-log').locator('.el-table__body tr')).toHaveCount(2)
  const tampered = await tamper(plain.path)

  // Wipe: delete the database (the app's connections close on versionchange), then the app starts from setup.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('command-post')
        request.onsuccess = () => resolve()
        request.onerror = () => reject(request.error)
      }),
  )
  await page.goto('about:blank')
  await setUpTownship(page)
  await signIn(page)
  await page.getByTestId('nav-/packs').click()
  await page.getByRole('tab', { name: '导入数据包' }).click()

  await page.getByTestId('pack-file').setInputFiles(tampered)
  await expect(page.getByTestId('pack-refused')).toContainText('data/persons.ndjson 的 SHA-256 校验值与清单不符')
  await expect(page.getByTestId('pack-refused')).toContainText('未导入任何记录')

  await page.getByTestId('pack-file').setInputFiles(encrypted.path)
  await expect(page.getByTestId('pack-refused')).toContainText('这个数据包有密码')
  await page.getByTestId('pack-open-password').fill('wrong-password')
  await page.getByTestId('pack-open').click()
  await expect(page.getByTestId('pack-refused')).toContainText('密码不对')
  await page.getByTestId('pack-open-password').fill(PASSWORD)
  await page.getByTestId('pack-open').click()
  await expect(page.getByTestId('pack-verified')).toBeVisible()
  await expect(page.getByTestId('pack-contents')).toContainText('人员')
  await page.getByTestId('pack-import').click()
  await expect(page.getByTestId('pack-imported')).toBeVisible({ timeout: 30_000 })
  const receipt = page.waitForEvent('download')
  await page.getByTestId('pack-receipt').click()
  expect((await receipt).suggestedFilename()).toBe(encrypted.name.replace('.cpk.zip', '_回执.json'))

  // The same pack again changes nothing.
  await page.getByTestId('pack-file').setInputFiles(encrypted.path)
  await page.getByTestId('pack-open-password').fill(PASSWORD)
  await page.getByTestId('pack-open').click()
  await expect(page.getByTestId('pack-imported-before')).toBeVisible()
  await expect(page.getByTestId('pack-import')).toHaveCount(0)

  await page.getByRole('tab', { name: '已接收乡镇' }).click()
  const townships = page.getByTestId('received-townships').locator('.el-table__body-wrapper tr')
  await expect(townships).toHaveCount(1)
  await expect(townships.first()).toContainText('511826101000')
  await page.getByTestId('received-view').first().click()
  await page.getByTestId('received-search').fill(firstName)
  const records = page.getByTestId('received-records').locator('.el-table__body tr')
  await expect(records.first()).toContainText(firstName)
  await expect(records.first()).toContainText(/\d{6}\*{8}[\dX]{4}/)
})
