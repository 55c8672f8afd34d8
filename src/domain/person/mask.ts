import { readPhone } from './phone'

// Masked display is the default (PIPL art. 51, the 2020 national notice): enough to tell people apart on a
// list and to check a number read out on the phone, not enough to misuse.

// Any surrogate: the text has a character outside the BMP, and is cut by code points rather than code units.
const SURROGATE = /[\uD800-\uDFFF]/
const MOBILE = /^1[3-9]\d{9}$/

function maskMiddle(text: string, keepStart: number, keepEnd: number): string {
  if (!SURROGATE.test(text)) {
    // The usual case (a ledger masks 150k of them): the same cut without splitting into an array.
    if (text.length <= keepStart + keepEnd) return '*'.repeat(text.length)
    return text.slice(0, keepStart) + '*'.repeat(text.length - keepStart - keepEnd) + text.slice(text.length - keepEnd)
  }
  const chars = [...text]
  if (chars.length <= keepStart + keepEnd) return '*'.repeat(chars.length)
  const hidden = chars.length - keepStart - keepEnd
  return chars.slice(0, keepStart).join('') + '*'.repeat(hidden) + chars.slice(chars.length - keepEnd).join('')
}

/**
 * A document number for display: `110101********2316` for 18 characters (region and last four kept), first two
 * and last two kept for any other length; all stars when the number is 4 characters or shorter.
 */
export function maskDocumentNumber(number: string): string {
  return number.length === 18 ? maskMiddle(number, 6, 4) : maskMiddle(number, 2, 2)
}

/**
 * A phone number for display: a mobile as `138****5678`; a landline keeps its area code and last two digits
 * (`0835-*****67`, an extension is dropped); anything else keeps its first two and last two characters.
 */
export function maskPhone(phone: string): string {
  // A plain 11-digit mobile reads as itself: skip the reader's normalisation.
  if (MOBILE.test(phone)) return maskMiddle(phone, 3, 4)
  const reading = readPhone(phone)
  if (reading.kind === 'mobile') return maskMiddle(reading.value, 3, 4)
  if (reading.kind === 'landline') {
    const [area, number] = reading.value.split('-')
    return `${area}-${maskMiddle(number, 0, 2)}`
  }
  return maskMiddle(phone.trim(), 2, 2)
}
