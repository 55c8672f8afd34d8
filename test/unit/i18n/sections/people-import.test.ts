import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { peopleImportEn, peopleImportZh } from '@/i18n/sections/people-import'

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  )
}

/** Every `peopleImport.…` problem code the import's sources produce. */
function producedCodes(): string[] {
  const files = [
    ...readdirSync(resolve('src/domain/person')).map((f) => join('src/domain/person', f)),
    ...['src/services/people', 'src/db/repositories', 'src/workers'].flatMap((dir) =>
      readdirSync(resolve(dir)).map((f) => join(dir, f)),
    ),
  ].filter((f) => f.endsWith('.ts'))
  const text = files.map((f) => readFileSync(resolve(f), 'utf8')).join('\n')
  return [...new Set([...text.matchAll(/code: '(peopleImport\.[\w.]+)'/g)].map((m) => m[1]))]
}

describe('people import messages', () => {
  it('has the same keys in both languages', () => {
    expect(keysOf(peopleImportEn).sort()).toEqual(keysOf(peopleImportZh).sort())
  })

  it.each(['zh-CN', 'en-US'] as const)('has a %s message for every problem code the import produces', (locale) => {
    const codes = producedCodes()
    expect(codes).toContain('peopleImport.date.format')
    expect(codes).toContain('peopleImport.stale')
    expect(codes.filter((code) => !i18n.global.te(`problems.${code}`, locale))).toEqual([])
  })

  it('fills in the offending value', () => {
    const { t } = i18n.global
    expect(t('problems.peopleImport.village.unknown', { value: '飞仙关村' })).toContain('“飞仙关村”不是本乡镇的村')
    expect(t('peopleImport.counts.newPeople', { n: 12 })).toBe('新增人员 12 人')
  })
})
