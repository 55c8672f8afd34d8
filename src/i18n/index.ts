import { createI18n } from 'vue-i18n'
import { appEn } from './sections/app-en'
import { appZh } from './sections/app-zh'
import { boardEn, boardZh } from './sections/board'
import { controlEn } from './sections/control-en'
import { controlZh } from './sections/control-zh'
import { countyListsEn, countyListsZh } from './sections/county-lists'
import { dutyEn } from './sections/duty-en'
import { dutyZh } from './sections/duty-zh'
import { lineListEn, lineListZh } from './sections/line-list'
import { ledgersEn, ledgersZh } from './sections/ledgers'
import { logEn, logZh } from './sections/log'
import { ordersEn, ordersZh } from './sections/orders'
import { mapEn } from './sections/map-en'
import { mapFiguresEn, mapFiguresZh } from './sections/map-figures'
import { mapZh } from './sections/map-zh'
import { packsEn } from './sections/packs-en'
import { packsZh } from './sections/packs-zh'
import { problemsEn } from './sections/problems-en'
import { problemsZh } from './sections/problems-zh'
import { reportsEn } from './sections/reports-en'
import { reportsZh } from './sections/reports-zh'
import { roundsEn } from './sections/rounds-en'
import { roundsZh } from './sections/rounds-zh'
import { peopleEn } from './sections/people-en'
import { peopleImportEn, peopleImportZh } from './sections/people-import'
import { peopleScreensEn, peopleScreensZh } from './sections/people-screens'
import { peopleZh } from './sections/people-zh'
import { suppliesEn } from './sections/supplies-en'
import { suppliesZh } from './sections/supplies-zh'
import { supplyCatalogueEn, supplyCatalogueZh } from './sections/supply-catalogue'
import { villageImportEn, villageImportZh } from './sections/village-import'

/** The languages of the app; zh-CN is the default. */
export type AppLocale = 'zh-CN' | 'en-US'

const LOCALE_KEY = 'command-post.locale'

type Messages = { [key: string]: string | Messages }

/** Merges message trees key by key, so two sections may both add codes under `problems.person`. */
export function mergeMessages(...parts: object[]): Messages {
  const out: Messages = {}
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const current = out[key]
      out[key] =
        typeof value === 'object' && typeof current === 'object' ? mergeMessages(current, value) : (value as Messages)
    }
  }
  return out
}

// A refused sheet's reason is reported as the problem `fatal.<reason>`; its message lives with the import texts.
const zh = mergeMessages(
  appZh,
  problemsZh,
  { problems: { ...villageImportZh.problems, fatal: villageImportZh.fatal } },
  { villageImport: villageImportZh },
  peopleZh,
  peopleScreensZh,
  { peopleImport: peopleImportZh, problems: peopleImportZh.problems },
  lineListZh,
  countyListsZh,
  logZh,
  ordersZh,
  suppliesZh,
  supplyCatalogueZh,
  controlZh,
  mapZh,
  mapFiguresZh,
  dutyZh,
  packsZh,
  ledgersZh,
  reportsZh,
  boardZh,
  roundsZh,
)
const en = mergeMessages(
  appEn,
  problemsEn,
  { problems: { ...villageImportEn.problems, fatal: villageImportEn.fatal } },
  { villageImport: villageImportEn },
  peopleEn,
  peopleScreensEn,
  { peopleImport: peopleImportEn, problems: peopleImportEn.problems },
  lineListEn,
  countyListsEn,
  logEn,
  ordersEn,
  suppliesEn,
  supplyCatalogueEn,
  controlEn,
  mapEn,
  mapFiguresEn,
  dutyEn,
  packsEn,
  ledgersEn,
  reportsEn,
  boardEn,
  roundsEn,
)

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
