import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The one-way layers of DESIGN.md: domain ← db ← services ← stores ← views. A layer may import the layers listed
// for it; `import type` from services is allowed above stores (a view may name a service's result type).
const ROOT = resolve(__dirname, '../../..')
const SRC = join(ROOT, 'src')
const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  db: ['domain', 'db'],
  platform: ['platform', 'electron-contract'],
  services: ['domain', 'db', 'services', 'platform'],
  stores: ['domain', 'db', 'services', 'stores', 'platform', 'electron-contract', 'workers'],
  // Web Workers run services' pure code off the page's thread; stores start them.
  workers: ['domain', 'services', 'workers'],
  i18n: ['i18n', 'domain'],
  utils: ['utils'],
  composables: ['domain', 'stores', 'i18n', 'utils', 'composables'],
  components: ['domain', 'stores', 'i18n', 'utils', 'composables', 'components', 'root'],
  views: ['domain', 'stores', 'i18n', 'utils', 'composables', 'components', 'views'],
}
const FRAMEWORKS = /^(vue|pinia|element-plus|@element-plus|echarts|vue-router|vue-i18n|dexie)(\/|$)/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

function layerOf(path: string): string {
  const rel = relative(SRC, path)
  if (rel.startsWith('..'))
    return relative(ROOT, path) === join('electron', 'contract') ? 'electron-contract' : 'outside'
  return rel.includes('/') ? rel.split('/')[0] : 'root'
}

interface Import {
  specifier: string
  typeOnly: boolean
}

function importsOf(path: string): Import[] {
  const text = readFileSync(path, 'utf8')
  const found: Import[] = []
  for (const m of text.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gm))
    found.push({ specifier: m[2], typeOnly: Boolean(m[1]) })
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push({ specifier: m[1], typeOnly: false })
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: m[1], typeOnly: false })
  return found
}

function target(from: string, specifier: string): string | undefined {
  if (specifier.startsWith('@/')) return join(SRC, specifier.slice(2)).replace(/\.(ts|vue)$/, '')
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier).replace(/\.(ts|vue)$/, '')
  return undefined
}

const files = sourceFiles(SRC)

describe('layers', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s imports only from the layers below it', (_name, file) => {
    const layer = layerOf(file)
    const allowed = ALLOWED[layer]
    const wrong: string[] = []
    for (const { specifier, typeOnly } of importsOf(file)) {
      if (layer === 'domain' && FRAMEWORKS.test(specifier)) wrong.push(`${specifier} (domain is pure TypeScript)`)
      if (specifier === 'dexie' && layer !== 'db') wrong.push(`${specifier} (only src/db imports dexie)`)
      const path = target(file, specifier)
      if (!path || !allowed) continue
      const to = layerOf(path)
      if (to === 'outside') wrong.push(`${specifier} (outside src/)`)
      else if (!allowed.includes(to) && !(typeOnly && to === 'services')) wrong.push(`${specifier} (${layer} → ${to})`)
    }
    expect(wrong).toEqual([])
  })
})

describe('electron', () => {
  it('never imports the renderer', () => {
    const electronFiles = sourceFiles(join(ROOT, 'electron'))
    const wrong = electronFiles.flatMap((f) =>
      importsOf(f)
        .filter((i) => i.specifier.startsWith('@/') || /(^|\/)src\//.test(i.specifier))
        .map((i) => `${relative(ROOT, f)}: ${i.specifier}`),
    )
    expect(wrong).toEqual([])
  })
})
