import { pinyin } from 'pinyin-pro'

/**
 * Pinyin initials of a Chinese text, lower-case, e.g. 青龙村 → `qlc`. Officers type these to pick a village or
 * find a person (`zs` for 张三); letters and digits pass through.
 */
export function initialsOf(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .replace(/\s+/g, '')
    .toLowerCase()
}

/** True when `query` matches the text by substring, or its pinyin initials by prefix (`ql` finds 青龙村). */
export function matchesNameOrInitials(text: string, initials: string, query: string): boolean {
  const q = query.trim().toLowerCase()
  if (q === '') return true
  return text.toLowerCase().includes(q) || initials.startsWith(q)
}

const HAN = /\p{Script=Han}/u

/** True when the text holds a Chinese (Han) character. */
export function hasHan(text: string): boolean {
  return HAN.test(text)
}

/**
 * The syllables of a personal name, toneless. `surname: 'head'` reads 曾 as zeng, 单 as shan, 解 as xie when
 * they are the family name (the first character), which plain reading gets wrong.
 */
export function nameSyllables(name: string): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true }).filter((s) => s.trim() !== '')
}

/** Pinyin initials of a personal name (`张伟华` → `zwh`, `曾华` → `zh`), '' for a name without Han characters. */
export function nameInitials(name: string): string {
  if (!hasHan(name)) return ''
  return nameSyllables(name)
    .map((s) => s[0])
    .join('')
    .toLowerCase()
}
