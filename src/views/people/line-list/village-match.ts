import { initialsOf, matchesNameOrInitials } from '@/domain/common/pinyin'
import type { Village } from '@/domain/township/village'

/** A village as the line list matches it: name and pinyin initials, computed once per village list. */
export interface VillageChoice {
  id: string
  name: string
  initials: string
}

/** What a typed village cell matched: one village, several, or none. */
export type VillageMatch =
  { kind: 'one'; village: VillageChoice } | { kind: 'many'; villages: VillageChoice[] } | { kind: 'none' }

/** The choices for {@link matchVillage}, from the active villages. */
export function villageChoices(villages: readonly Pick<Village, 'id' | 'name'>[]): VillageChoice[] {
  return villages.map((v) => ({ id: v.id, name: v.name, initials: initialsOf(v.name) }))
}

// 青龙 means 青龙村; 城东 means 城东社区.
const stem = (name: string) => name.replace(/(?:村委会|居委会|村|社区)$/u, '')

/**
 * The village a typed cell means: its full name, its name without 村 / 社区, its whole pinyin initials (`qlc`),
 * then any name containing the text or initials starting with it (`ql`), as the village picker filters.
 */
export function matchVillage(text: string, choices: readonly VillageChoice[]): VillageMatch {
  const typed = text.normalize('NFKC').trim()
  const lower = typed.toLowerCase()
  const tries = [
    (c: VillageChoice) => c.name === typed,
    (c: VillageChoice) => stem(c.name) === stem(typed),
    (c: VillageChoice) => c.initials === lower,
    (c: VillageChoice) => matchesNameOrInitials(c.name, c.initials, typed),
  ]
  for (const test of tries) {
    const found = choices.filter(test)
    if (found.length === 1) return { kind: 'one', village: found[0] }
    if (found.length > 1) return { kind: 'many', villages: found }
  }
  return { kind: 'none' }
}
