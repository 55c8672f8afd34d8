// Runs the UI probes that bench/scenarios/*.ts describe (see UiProbe there) against the signed-in app.

/** Longest wait for any awaited screen state: far above every target, so only a broken screen hits it. */
const TIMEOUT_MS = 15_000
/** Pause after the untimed steps, so leftover work of the previous screen (its queries) is not timed. */
const SETTLE_MS = 250

/**
 * Runs in the page. Arms `window.__benchProbe`: a promise of the milliseconds from the start (the first
 * trusted `event` on the window, caught in the capture phase; or now, without an event) until `until` holds,
 * checked on every DOM mutation. Layout is forced before the clock stops, so "rendered" means laid out, not
 * merely inserted (painting, a frame later, is not included).
 * @param {{ until: { selector: string, count: number, contains?: string }, event: string | null, timeoutMs: number }} spec
 */
function armProbe({ until, event, timeoutMs }) {
  const holds = () => {
    const found = document.querySelectorAll(until.selector)
    if (found.length !== until.count) return false
    return !until.contains || [...found].every((el) => (el.textContent ?? '').includes(until.contains))
  }
  window.__benchProbe = new Promise((resolve, reject) => {
    let start = event ? undefined : performance.now()
    const observer = new MutationObserver(() => check())
    const timer = setTimeout(() => {
      finish()
      reject(new Error(`not shown within ${timeoutMs} ms: ${JSON.stringify(until)} (${event ?? 'no event'})`))
    }, timeoutMs)
    const onEvent = (e) => (start ??= e.timeStamp)
    function finish() {
      observer.disconnect()
      clearTimeout(timer)
      if (event) window.removeEventListener(event, onEvent, true)
    }
    function check() {
      if (start === undefined || !holds()) return
      document.body.getBoundingClientRect()
      const ms = performance.now() - start
      finish()
      resolve(ms)
    }
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    if (event) window.addEventListener(event, onEvent, true)
    else check()
  })
}

/** Runs in the page: the armed probe's outcome. */
function probeOutcome() {
  return window.__benchProbe
}

/**
 * @param {import('@playwright/test').Page} page
 * @param {{ click: string } | { fill: string, text: string }} action
 */
async function act(page, action) {
  if ('click' in action) await page.locator(action.click).click()
  else await page.locator(action.fill).fill(action.text)
}

/** @param {{ click: string } | { fill: string, text: string }} action */
function eventOf(action) {
  return 'click' in action ? 'click' : 'input'
}

/** An untimed step: act, then wait until its state holds. */
async function step(page, { action, until }) {
  await act(page, action)
  await page.evaluate(armProbe, { until, event: null, timeoutMs: TIMEOUT_MS })
  await page.evaluate(probeOutcome)
}

/** The timed step: armed before the action, so the clock starts at the action's own trusted event. */
async function timedStep(page, { action, until }) {
  await page.evaluate(armProbe, { until, event: eventOf(action), timeoutMs: TIMEOUT_MS })
  await act(page, action)
  return page.evaluate(probeOutcome)
}

/**
 * Starts Chromium's sampling CPU profiler on the page (over CDP); `stop` returns the profile (a .cpuprofile,
 * which Chrome DevTools' Performance panel opens).
 * @param {import('@playwright/test').Page} page
 */
export async function startCpuProfile(page, intervalMicros = 200) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalMicros })
  await cdp.send('Profiler.start')
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop')
      await cdp.detach()
      return profile
    },
  }
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const round = (ms) => Math.round(ms * 10) / 10

/**
 * Runs one probe `runs` times; returns its figures (median, and max when asked) and every run's time.
 * @param {import('@playwright/test').Page} page
 * @param {any} probe a UiProbe (bench/scenarios/scenario.ts)
 * @param {{ probe?: string, idb?: string, write: (profile: unknown) => Promise<void>, writeTrace: (records: unknown[]) => Promise<void> }} [profile]
 *   record a CPU profile (`probe`) or an IndexedDB trace (`idb`) of the named probe's first run
 */
export async function runProbe(page, probe, profile) {
  const runs = []
  for (let i = 0; i < probe.runs; i++) {
    for (const s of probe.before) await step(page, s)
    await page.waitForTimeout(SETTLE_MS)
    const recording = i === 0 && profile?.probe === probe.name ? await startCpuProfile(page) : undefined
    const tracing = i === 0 && profile?.idb === probe.name ? await startIdbTrace(page) : undefined
    runs.push(round(await timedStep(page, probe.measure)))
    if (recording) await profile.write(await recording.stop())
    if (tracing) await profile.writeTrace(await tracing.stop())
  }
  for (const s of probe.after ?? []) await step(page, s)
  const figures = [{ name: probe.name, value: round(median(runs)), unit: 'ms', target: probe.target }]
  if (probe.reportMax)
    figures.push({ name: `${probe.name}.max`, value: Math.max(...runs), unit: 'ms', target: probe.target })
  return { figures, runs }
}

/**
 * Signs in through the login screen, as a duty officer does: pick the account, type the password, submit.
 * @param {import('@playwright/test').Page} page
 * @param {string} baseUrl
 * @param {{ name: string, password: string }} login
 */
export async function signIn(page, baseUrl, login) {
  await page.goto(`${baseUrl}/index.html#/login`)
  await page.locator('[data-testid="login-user"]').click()
  await page.locator('.el-select-dropdown__item', { hasText: login.name }).click()
  // Element Plus 2.14 puts data-testid on the <input> itself, older versions on its wrapper.
  await page.locator('input[data-testid="login-password"], [data-testid="login-password"] input').fill(login.password)
  await page.locator('[data-testid="login-submit"]').click()
  await page.locator('[data-testid="nav-/villages"]').waitFor({ timeout: TIMEOUT_MS })
}

/**
 * Runs in the page: wraps the IndexedDB request methods so every request made from now on is recorded (what,
 * on which store or index, when it was made and when it answered, how many rows; a cursor's steps counted).
 * `window.__idbTrace.stop()` unwraps them and returns the records, times in ms from the call.
 */
function armIdbTrace() {
  const t0 = performance.now()
  const records = []
  const undo = []
  const seen = new Set()
  const wrap = (proto, kind, method) => {
    const original = proto[method]
    proto[method] = function (...args) {
      const request = original.apply(this, args)
      const store = kind === 'index' ? this.objectStore.name : this.name
      const record = { op: method, store, index: kind === 'index' ? this.name : '', at: performance.now() - t0 }
      // Where the first request of each kind came from (a stack shows only its synchronous part).
      const what = `${method} ${store}.${record.index}`
      if (!seen.has(what)) {
        seen.add(what)
        record.stack = (new Error().stack ?? '').split('\n').slice(2, 12).join('\n')
      }
      records.push(record)
      let steps = 0
      request.addEventListener('success', () => {
        const result = request.result
        record.done = performance.now() - t0
        if (method.startsWith('open')) record.steps = ++steps
        else if (Array.isArray(result)) record.rows = result.length
        else if (typeof result === 'number') record.count = result
      })
      return request
    }
    undo.push(() => (proto[method] = original))
  }
  for (const m of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor', 'put', 'add', 'delete'])
    wrap(IDBObjectStore.prototype, 'store', m)
  for (const m of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'])
    wrap(IDBIndex.prototype, 'index', m)
  window.__idbTrace = {
    stop() {
      for (const u of undo) u()
      return records
    },
  }
}

/**
 * Records the page's IndexedDB requests (see armIdbTrace); `stop` returns them.
 * @param {import('@playwright/test').Page} page
 */
export async function startIdbTrace(page) {
  await page.evaluate(armIdbTrace)
  return { stop: () => page.evaluate(() => window.__idbTrace.stop()) }
}
