import type { LocalDate } from '../common/entity'
import type { DocumentType } from '../person/person'
import type { CountyList, CountyListRow } from './county-list'

/**
 * 漏排补登: the few fields needed to register a person a county list found and the village had missed. Prefilled
 * from the row; the village officer corrects what the county had wrong before saving.
 */
export interface MissedRegistrationForm {
  documentType: DocumentType
  documentNumber: string
  name: string
  /** As typed; may hold several numbers. */
  phones: string
  villageId: string
  address: string
  /** Where the person came from, as one line (the county's 推送原因 or 来源地 often says). */
  origin: string
  arrivalDate: LocalDate
  /** The verification note written on the row. */
  note: string
}

/** The form prefilled from a row: name, number, phone, assigned village and the county's address. */
export function missedRegistrationForm(
  row: Pick<CountyListRow, 'name' | 'documentNumber' | 'phone' | 'villageId' | 'cells'>,
  list: Pick<CountyList, 'columns'>,
): MissedRegistrationForm {
  const address = list.columns.address === undefined ? '' : (row.cells[list.columns.address] ?? '')
  return {
    documentType: row.documentNumber === '' ? 'none' : 'resident-id',
    documentNumber: row.documentNumber,
    name: row.name,
    phones: row.phone,
    villageId: row.villageId,
    address,
    origin: '',
    arrivalDate: '',
    note: '',
  }
}
