const DIGITS = '0123456789'

/**
 * Every 18-character number one character off this one (each position changed to each other digit, and the
 * last to X too) or with two neighbouring characters swapped: ~190 numbers to look up in the document index, the
 * register's way to find typos of a number without scanning 100k people. Empty for any other length.
 */
export function nearDocumentNumbers(number: string): string[] {
  if (number.length !== 18) return []
  const near = new Set<string>()
  for (let i = 0; i < 18; i++) {
    for (const c of i === 17 ? `${DIGITS}X` : DIGITS)
      if (c !== number[i]) near.add(number.slice(0, i) + c + number.slice(i + 1))
    if (i < 17 && number[i] !== number[i + 1])
      near.add(number.slice(0, i) + number[i + 1] + number[i] + number.slice(i + 2))
  }
  return [...near]
}
