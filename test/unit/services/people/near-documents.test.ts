import { describe, expect, it } from 'vitest'
import { duplicateReasons } from '@/domain/person/matching'
import { nearDocumentNumbers } from '@/services/people/near-documents'
import { residentId } from '../../../fixtures/people'

const NUMBER = residentId('19900307', '123')
const person = (documentNumber: string) => ({
  id: documentNumber,
  name: '',
  documentType: 'resident-id' as const,
  documentNumber,
  phones: [],
  birthDate: '',
})

describe('nearDocumentNumbers', () => {
  it('lists every number one character off or with neighbours swapped, which the matcher calls near', () => {
    const near = nearDocumentNumbers(NUMBER)
    expect(near).not.toContain(NUMBER)
    expect(new Set(near).size).toBe(near.length)
    // 17 positions × 9 other digits, the last × 10 (digits and X) less itself, and the swaps of unequal neighbours.
    const swaps = [...NUMBER].slice(0, 17).filter((c, i) => c !== NUMBER[i + 1]).length
    expect(near.length).toBe(17 * 9 + 10 + swaps)
    for (const other of near)
      expect(duplicateReasons(person(NUMBER), person(other)).some((r) => r.startsWith('document'))).toBe(true)
  })

  it('has nothing for numbers that are not 18 characters', () => {
    expect(nearDocumentNumbers('E12345678')).toEqual([])
    expect(nearDocumentNumbers('')).toEqual([])
  })
})
