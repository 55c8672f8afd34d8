/**
 * How a form writes its digits: `normal` (1 = yes, 0 = no) or `zero-means-yes` (some village forms tick "0" for
 * "has it"). Chosen per source and remembered with its column mapping.
 */
export type YesNoPolarity = 'normal' | 'zero-means-yes'

// Only yes/no words: a test result word such as 阳性 is not a yes, and is read as unknown.
const YES = new Set(['有', '是', '对', '√', '✓', '✔', '☑', 'Y', 'YES', 'TRUE', '是的', '有的'])
const NO = new Set(['无', '否', '错', '没有', '不是', '×', 'X', '✗', '✘', '☒', 'N', 'NO', 'FALSE'])

/**
 * Reads a yes/no cell: 有/无, 是/否, 对/错, √/×, ✓/✗, Y/N, yes/no, true/false, 1/0 (inverted with the
 * `zero-means-yes` polarity). Blank or anything else is undefined (unknown), never a silent no.
 */
export function readYesNo(raw: unknown, polarity: YesNoPolarity = 'normal'): boolean | undefined {
  if (typeof raw === 'boolean') return raw
  const text = String(raw ?? '')
    .normalize('NFKC')
    .replace(/\s/g, '')
    .toUpperCase()
  if (text === '1' || text === '0') return (text === '1') === (polarity === 'normal')
  if (YES.has(text)) return true
  if (NO.has(text)) return false
  return undefined
}
