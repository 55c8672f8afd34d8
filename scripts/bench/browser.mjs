// Debian's Chromium, driven by Playwright (which cannot download its own browser on the build machines).
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** What the context looks like to the app: the command post's usual screen, language and clock. */
export const CONTEXT_OPTIONS = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }

/** CHROMIUM_PATH first (and it must exist), then Debian's usual paths. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`)
    return process.env.CHROMIUM_PATH
  }
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
  if (!found) throw new Error('no Chromium: apt-get install chromium, or set CHROMIUM_PATH')
  return found
}

/**
 * A fresh context on a new, empty profile directory. Persistent rather than `browser.newContext()`: that one is
 * off the record, where Chromium keeps IndexedDB in memory, so strict-durability writes would never reach the
 * disk and the write figures would flatter the app.
 * @returns {Promise<{ context: import('@playwright/test').BrowserContext, close: () => Promise<void> }>}
 */
export async function launchFreshContext() {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'command-post-bench-'))
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: [...ARGS, ...(process.env.BENCH_CHROMIUM_ARGS ? process.env.BENCH_CHROMIUM_ARGS.split(' ') : [])],
      headless: true,
      ...CONTEXT_OPTIONS,
    })
    const close = async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    }
    return { context, close }
  } catch (e) {
    await rm(profile, { recursive: true, force: true })
    throw e
  }
}

/**
 * The browser's own version string, asked over CDP (a persistent context has no Browser object to ask).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Page} page
 */
export async function browserVersion(context, page) {
  const cdp = await context.newCDPSession(page)
  try {
    const { product, userAgent } = await cdp.send('Browser.getVersion')
    return { product, userAgent }
  } finally {
    await cdp.detach()
  }
}
