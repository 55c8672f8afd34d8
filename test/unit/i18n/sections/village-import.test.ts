import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { villageImportEn, villageImportZh } from '@/i18n/sections/village-import'

const PARAMS = { value: 'VALUE', row: 7, firstRow: 3, township: '511826100', name: 'NAME' }

// Every code the village rules, the sheet parser and the file reader produce.
const KEYS = [
  ...['empty', 'scientific', 'not-digits', 'wrong-length', 'notVillage', 'outside'].map(
    (code) => `problems.code.${code}`,
  ),
  ...['required', 'wholeNumber', 'urbanRuralClass', 'phone', 'gridDuplicate', 'duplicateInSheet'].map(
    (code) => `problems.${code}`,
  ),
  ...['type', 'empty', 'unreadable', 'encrypted'].map((code) => `problems.file.${code}`),
  ...['empty', 'noHeader', 'noCodeColumn', 'noNameColumn'].map((code) => `fatal.${code}`),
  'notes.float-suffix',
  'notes.full-width',
  'skipped.blank',
  'skipped.townshipRow',
  ...['file', 'code', 'name', 'urbanRuralClass', 'population', 'households'].map((field) => `fields.${field}`),
]

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  )
}

describe('village import messages', () => {
  const i18n = createI18n({
    legacy: false,
    locale: 'zh',
    missingWarn: false,
    fallbackWarn: false,
    messages: { zh: { villageImport: villageImportZh }, en: { villageImport: villageImportEn } },
  })
  const { t, te } = i18n.global

  it('has the same keys in both languages, and no others than the codes produced', () => {
    expect(keysOf(villageImportEn).sort()).toEqual(keysOf(villageImportZh).sort())
    expect(keysOf(villageImportZh).sort()).toEqual([...KEYS].sort())
  })

  it.each(['zh', 'en'] as const)('renders every message in %s with its values filled in', (locale) => {
    for (const key of KEYS) {
      expect(te(`villageImport.${key}`, locale), key).toBe(true)
      const text = t(`villageImport.${key}`, PARAMS, { locale })
      expect(text, key).not.toMatch(/[{}]/)
      expect(text.length, key).toBeGreaterThan(1)
    }
  })

  it('puts the offending value into the messages that name it', () => {
    expect(t('villageImport.problems.code.scientific', { value: '5.11826E+11' })).toContain(
      '“5.11826E+11”已被 Excel 转成科学计数法',
    )
    expect(t('villageImport.problems.duplicateInSheet', { value: '511826100203', firstRow: 7 })).toContain('第 7 行')
    expect(t('villageImport.skipped.blank', { row: 9 })).toBe('第 9 行是空行，已跳过。')
  })
})
