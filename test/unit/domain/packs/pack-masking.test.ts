import { describe, expect, it } from 'vitest'
import type { CountyListRow } from '@/domain/county-list/county-list'
import { maskCountyListRow, personForPack } from '@/domain/packs/pack-masking'
import { packTable } from '@/domain/packs/pack-tables'
import type { Person } from '@/domain/person/person'

const contact = { name: '李村医', phone: '13900001111' }
const person: Person = {
  id: 'per_1',
  documentType: 'resident-id',
  documentNumber: '110101199003072316',
  documentCheck: 'ok',
  name: '张伟华',
  sex: 'male',
  birthDate: '1990-03-07',
  phones: ['13812345678', '0835-2221234'],
  villageId: 'vil_1',
  gridId: '',
  household: '张伟华户',
  address: '一组 12 号',
  notes: '电话 13812345678',
  responsible: { townshipCadre: contact, villageCadre: contact, police: contact, doctor: contact, gridMember: contact },
  createdAt: 1,
  createdBy: 'usr_1',
  updatedAt: 2,
  updatedBy: 'usr_1',
}

describe('masked profile', () => {
  it('masks a person as the app shows them, and drops the address and notes', () => {
    const masked = personForPack(person, 'masked')
    expect(masked.documentNumber).toBe('110101********2316')
    expect(masked.phones).toEqual(['138****5678', '0835-*****34'])
    expect(masked).toMatchObject({ address: '', notes: '', name: '张伟华', responsible: person.responsible })
    // Every field in the same order as the full profile's, only the identifying ones changed.
    expect(Object.keys(masked)).toEqual(Object.keys(personForPack(person, 'full')))
    expect({ ...masked, documentNumber: '', phones: [], address: '', notes: '' }).toEqual({
      ...person,
      documentNumber: '',
      phones: [],
      address: '',
      notes: '',
    })
    expect(person.documentNumber).toBe('110101199003072316')
  })

  it('drops the list fields of a stored row (they hold the full number as search keys)', () => {
    const row = { ...person, searchKeys: ['110101199003072316'], nameOrder: 'zhang' }
    expect(personForPack(row, 'full')).toEqual(person)
    const written = JSON.stringify(packTable('persons')!.prepare(row as never, 'masked'))
    expect(written).not.toContain('199003072316')
    expect(written).not.toContain('12345678')
  })

  it('keeps the full number in the full profile', () => {
    expect(packTable('persons')!.prepare(person as never, 'full')).toMatchObject({
      documentNumber: '110101199003072316',
      address: '一组 12 号',
    })
  })

  it('masks a county-list row and leaves out the county cells', () => {
    const row = {
      id: 'clr_1',
      documentNumber: '110101199003072316',
      phone: '13812345678',
      cells: ['张伟华', '110101199003072316'],
    }
    expect(maskCountyListRow(row as CountyListRow)).toMatchObject({
      documentNumber: '110101********2316',
      phone: '138****5678',
      cells: [],
    })
  })

  it('never writes a password hash, in either profile', () => {
    const user = { id: 'usr_1', name: '管理员', role: 'admin', password: { hash: 'secret' }, updatedAt: 1 }
    for (const profile of ['masked', 'full'] as const)
      expect(packTable('users')!.prepare(user as never, profile)).not.toHaveProperty('password')
  })
})
