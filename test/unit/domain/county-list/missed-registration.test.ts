import { describe, expect, it } from 'vitest'
import { missedRegistrationForm } from '@/domain/county-list/missed-registration'

describe('missedRegistrationForm', () => {
  it('prefills from the row and the county’s address column', () => {
    const row = {
      name: '陈刚',
      documentNumber: '',
      phone: '13600004444',
      villageId: 'vil_ql',
      cells: ['1', '陈刚', '青龙村三组'],
    }
    expect(missedRegistrationForm(row, { columns: { address: 2 } })).toMatchObject({
      documentType: 'none',
      name: '陈刚',
      phones: '13600004444',
      villageId: 'vil_ql',
      address: '青龙村三组',
    })
  })
})
