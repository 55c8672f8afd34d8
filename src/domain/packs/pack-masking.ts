import type { CountyListRow } from '../county-list/county-list'
import { maskDocumentNumber, maskPhone } from '../person/mask'
import type { Person } from '../person/person'
import type { PackProfile } from './pack-manifest'

// The masked profile follows the app's own masked display (PIPL art. 51, the 2020 national notice): ID numbers
// as `110101********2316`, phones as `138****5678`, and no street address or free-text notes, which often hold
// addresses or more phone numbers. Cadres' work contacts (五包一, village secretary, doctor) stay as they are:
// the county needs to reach them.

/** The fields of a person every pack carries (the row's list fields are derived and never leave the app). */
const PERSON_FIELDS: readonly (keyof Person)[] = [
  'id',
  'documentType',
  'documentNumber',
  'documentCheck',
  'name',
  'sex',
  'birthDate',
  'phones',
  'villageId',
  'gridId',
  'household',
  'address',
  'notes',
  'responsible',
  'mergedInto',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'retiredAt',
  'retiredBy',
  'retiredReason',
]

/** What the masked profile writes for a person's identifying fields: masked number and phones, no address or notes. */
const MASKED_PERSON: Partial<Record<keyof Person, (person: Person) => unknown>> = {
  documentNumber: (person) => maskDocumentNumber(person.documentNumber),
  phones: (person) => person.phones.map(maskPhone),
  address: () => '',
  notes: () => '',
}

/**
 * A person as a pack writes it: only the domain fields, in a fixed order (drops searchKeys and the other list
 * fields), and under the masked profile with a masked number and phones and no address or notes. One new object
 * per person (a pack writes 100k of them); the stored row is never changed.
 */
export function personForPack(row: Person, profile: PackProfile): Person {
  const masked = profile === 'masked'
  const out: Record<string, unknown> = {}
  for (const key of PERSON_FIELDS) {
    const mask = masked ? MASKED_PERSON[key] : undefined
    if (mask) out[key] = mask(row)
    else if (row[key] !== undefined) out[key] = row[key]
  }
  return out as unknown as Person
}

/**
 * A county-list row as the masked profile writes it: masked number and phone, and no copy of the county's own
 * cells (they repeat the number, the phone and the address in the county's columns).
 */
export function maskCountyListRow(row: CountyListRow): CountyListRow {
  return {
    ...row,
    documentNumber: maskDocumentNumber(row.documentNumber),
    phone: row.phone ? maskPhone(row.phone) : '',
    cells: [],
  }
}
