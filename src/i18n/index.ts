import { createI18n } from 'vue-i18n'
import { appEn } from './sections/app-en'
import { appZh } from './sections/app-zh'
import { problemsEn } from './sections/problems-en'
import { problemsZh } from './sections/problems-zh'
import { villageImportEn, villageImportZh } from './sections/village-import'

/** The languages of the app; zh-CN is the default. */
export type AppLocale = 'zh-CN' | 'en-US'

const LOCALE_KEY = 'command-post.locale'

const zh = {
  ...appZh,
  ...problemsZh,
  problems: {
    ...problemsZh.problems,
    ...villageImportZh.problems,
    // A refused sheet's reason, when the import service reports it as the problem `fatal.<reason>`.
    fatal: villageImportZh.fatal,
    code: { ...problemsZh.problems.code, ...villageImportZh.problems.code },
  },
  villageImport: villageImportZh,
}
const en = {
  ...appEn,
  ...problemsEn,
  problems: {
    ...problemsEn.problems,
    ...villageImportEn.problems,
    // A refused sheet's reason, when the import service reports it as the problem `fatal.<reason>`.
    fatal: villageImportEn.fatal,
    code: { ...problemsEn.problems.code, ...villageImportEn.problems.code },
  },
  villageImport: villageImportEn,
}

/** The locale chosen on this PC, remembered in localStorage (a preference, not a record). */
export function savedLocale(): AppLocale {
  return localStorage.getItem(LOCALE_KEY) === 'en-US' ? 'en-US' : 'zh-CN'
}

/** Remembers the chosen locale. */
export function saveLocale(locale: AppLocale): void {
  localStorage.setItem(LOCALE_KEY, locale)
}

/** The app's vue-i18n instance. */
export const i18n = createI18n({
  legacy: false,
  locale: savedLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zh, 'en-US': en },
})
