import { initialsOf, matchesNameOrInitials } from '@/domain/common/pinyin'
import type { Village } from '@/domain/township/village'

/** A village as the line list matches it: name and pinyin initials, computed once per village list. */
export interface VillageChoice {
  id: string
  name: string
  initials: string
  grids: readonly { id: string; name: string }[]
}

/** What a typed village cell matched: one village, several, or none. */
export type VillageMatch =
  { kind: 'one'; village: VillageChoice } | { kind: 'many'; villages: VillageChoice[] } | { kind: 'none' }

/** The choices for {@link matchVillage}, from the active villages. */
export function villageChoices(villages: readonly Pick<Village, 'id' | 'name' | 'grids'>[]): VillageChoice[] {
  return villages.map((v) => ({
    id: v.id,
    name: v.name,
    initials: initialsOf(v.name),
    grids: v.grids.map((g) => ({ id: g.id, name: g.name })),
  }))
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

const DIGITS: Record<string, string> = {
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  十: '10',
}
// 3组, 三组, 第三组, 三社 and 第3网格 all mean grid 3: compare the bare number (or name) without 第 and the suffix.
const gridStem = (name: string) =>
  name
    .normalize('NFKC')
    .trim()
    .replace(/^第/u, '')
    .replace(/(?:村民小组|小组|网格|组|社|队)$/u, '')
    .replace(/^[一二三四五六七八九十]$/u, (d) => DIGITS[d])

/** The grid of the village a typed cell means: its exact name, else the same number (三组 = 3组 = 第3组); undefined. */
export function matchGrid(text: string, village: VillageChoice): { id: string; name: string } | undefined {
  const typed = text.normalize('NFKC').trim()
  const exact = village.grids.find((g) => g.name === typed)
  if (exact) return exact
  const stems = village.grids.filter((g) => gridStem(g.name) === gridStem(typed))
  return stems.length === 1 ? stems[0] : undefined
}
