import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { peopleEn } from '@/i18n/sections/people-en'
import { peopleZh } from '@/i18n/sections/people-zh'

const PARAMS = {
  value: 'VALUE',
  max: 20,
  today: '2021-06-15',
  document: '1990-03-07',
  departure: '2021-06-10',
  year: 2021,
}

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  )
}

function valueAt(messages: object, key: string): string {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

/** Every problem code the person rules produce: the `code: '…'` literals of person-rules.ts. */
function producedCodes(): string[] {
  const source = readFileSync(resolve('src/domain/person/person-rules.ts'), 'utf8')
  return [...new Set([...source.matchAll(/code: '([^']+)'/g)].map((m) => m[1]))]
}

describe('people messages', () => {
  const i18n = createI18n({
    legacy: false,
    locale: 'zh',
    missingWarn: false,
    fallbackWarn: false,
    messages: { zh: peopleZh, en: peopleEn },
  })
  const { t, te } = i18n.global

  it('finds the codes in the source (the scan works)', () => {
    expect(producedCodes()).toEqual(
      expect.arrayContaining(['person.name.required', 'person.document.excelZeros', 'episode.arrivalBeforeDeparture']),
    )
  })

  it('has the same keys and placeholders in both languages', () => {
    expect(keysOf(peopleEn).sort()).toEqual(keysOf(peopleZh).sort())
    for (const key of keysOf(peopleZh))
      expect(placeholders(valueAt(peopleEn, key)), key).toEqual(placeholders(valueAt(peopleZh, key)))
  })

  it('has a message, and no other, for every problem code the person rules produce', () => {
    expect(keysOf(peopleZh.problems).sort()).toEqual(producedCodes().sort())
  })

  it.each(['zh', 'en'] as const)('renders every message in %s with its values filled in', (locale) => {
    for (const key of keysOf(peopleZh)) {
      expect(te(key, locale), key).toBe(true)
      const text = t(key, PARAMS, { locale })
      expect(text, key).not.toMatch(/[{}]/)
      expect(text.length, key).toBeGreaterThan(0)
    }
  })

  it('renders the damaged-number message a clerk understands', () => {
    expect(t('problems.person.document.excelZeros', { value: '110101199003072000' })).toBe(
      '身份证号“110101199003072000”已被 Excel 损坏（末三位变成了 000），请向本人或村里重新核对完整号码。',
    )
  })
})
