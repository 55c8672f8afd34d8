import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROLES } from '@/domain/accounts/roles'
import { i18n, type AppLocale } from '@/i18n'

type Tree = { [key: string]: string | Tree }

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  )
}

function valueAt(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return node
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

const zh = i18n.global.getLocaleMessage('zh-CN') as unknown as Tree
const en = i18n.global.getLocaleMessage('en-US') as unknown as Tree

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
}

function union(source: string, declaration: RegExp): string[] {
  const match = declaration.exec(source)
  if (!match) throw new Error(`declaration not found: ${declaration}`)
  return [...match[1].matchAll(/'([^']+)'/g)].map((m) => m[1])
}

/**
 * Every problem code the domain, the repositories and the services can produce, read from their source:
 * `code: '…'` literals, `'code.…'` and `'file.…'` literals, the codes of accountProblems, and the template codes
 * `code.${reason}` and `fatal.${fatal}` expanded from the unions they are built from.
 */
function producedProblemCodes(): Set<string> {
  const sources = ['src/domain', 'src/db', 'src/services'].flatMap((dir) => sourceFiles(resolve(dir))).join('\n')
  const codes = new Set<string>()
  // A literal followed by `|` is a type union (VillageSheetNote's repair notes), not a problem produced.
  for (const m of sources.matchAll(/code: '([^']+)'(?!\s*\|)/g)) codes.add(m[1])
  for (const m of sources.matchAll(/'((?:code|file)\.[\w-]+)'/g)) codes.add(m[1])
  for (const m of sources.matchAll(/problems\.push\('(\w+)'\)/g)) codes.add(m[1])
  const areaCode = readFileSync(resolve('src/domain/township/area-code.ts'), 'utf8')
  const expansions: Record<string, string[]> = {
    code: [...areaCode.matchAll(/reason: ((?:'[^']+'\s*\|?\s*)+)/g)].flatMap((m) =>
      [...m[1].matchAll(/'([^']+)'/g)].map((r) => r[1]),
    ),
    fatal: union(
      readFileSync(resolve('src/domain/township/village-sheet.ts'), 'utf8'),
      /type VillageSheetFatal = ([^\n]+)/,
    ),
  }
  for (const m of sources.matchAll(/code: `(\w+)\.\$\{/g)) {
    const values = expansions[m[1]]
    if (!values) throw new Error(`no expansion known for the template code ${m[1]}.\${…}`)
    for (const value of values) codes.add(`${m[1]}.${value}`)
  }
  return codes
}

describe('locale messages', () => {
  it('every zh-CN key exists in en-US, and every en-US key in zh-CN', () => {
    const zhKeys = keysOf(zh)
    const enKeys = keysOf(en)
    expect(zhKeys.length).toBeGreaterThan(100)
    expect(enKeys.filter((key) => !zhKeys.includes(key))).toEqual([])
    expect(zhKeys.filter((key) => !enKeys.includes(key))).toEqual([])
  })

  it('the two languages fill in the same placeholders for every message', () => {
    const mismatched = keysOf(zh).filter(
      (key) => placeholders(valueAt(zh, key) as string).join() !== placeholders(valueAt(en, key) as string).join(),
    )
    expect(mismatched).toEqual([])
  })

  it('has no empty message', () => {
    for (const [locale, tree] of [['zh-CN', zh] as const, ['en-US', en] as const])
      expect(
        keysOf(tree).filter((key) => (valueAt(tree, key) as string).trim() === ''),
        locale,
      ).toEqual([])
  })

  it('names every role, audit action and audit entity', () => {
    const audit = readFileSync(resolve('src/domain/audit/audit-entry.ts'), 'utf8')
    const actions = union(audit, /type AuditAction =([^/]+?)\n\n/)
    const entities = union(audit, /type AuditEntity = ([^\n]+)/)
    expect(actions).toContain('loginFailed')
    const { te } = i18n.global
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const role of ROLES) expect(te(`roles.${role}`, locale), role).toBe(true)
      for (const action of actions) expect(te(`audit.actions.${action}`, locale), action).toBe(true)
      for (const entity of entities) expect(te(`audit.entities.${entity}`, locale), entity).toBe(true)
    }
  })
})

describe('problem codes', () => {
  const codes = producedProblemCodes()

  it('are found in the source (the scan itself works)', () => {
    for (const code of [
      'required',
      'wrongCredentials',
      'nameTaken',
      'passwordTooShort',
      'code.taken',
      'code.takenRetired',
      'code.scientific',
      'code.wrong-length',
      'fatal.noCodeColumn',
      'file.unreadable',
      'duplicateInSheet',
    ])
      expect(codes, code).toContain(code)
    expect(codes).not.toContain('float-suffix')
  })

  it.each<AppLocale>(['zh-CN', 'en-US'])('every problem the app produces has a %s message', (locale) => {
    const missing = [...codes].filter((code) => !i18n.global.te(`problems.${code}`, locale))
    expect(missing).toEqual([])
  })
})
