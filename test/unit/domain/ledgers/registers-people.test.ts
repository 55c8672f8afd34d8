import { describe, expect, it } from 'vitest'
import type { LedgerData } from '@/domain/ledgers/ledger-register'
import { PEOPLE_LEDGER } from '@/domain/ledgers/registers-people'

const person = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `姓名${id}`,
  sex: 'female',
  documentType: 'resident-id',
  documentNumber: '11010119900101231X',
  birthDate: '1990-01-01',
  phones: ['13800001111', '0835-2221234'],
  villageId: 'vil_1',
  address: '一组',
  createdAt: 1,
  ...extra,
})

const episode = (id: string, personId: string, arrivalDate: string) => ({
  id,
  personId,
  kind: arrivalDate ? 'returnee' : 'close-contact',
  origin: { province: '四川省', city: '成都市', county: '' },
  departureDate: '',
  arrivalDate,
  transport: arrivalDate ? 'train' : '',
  transportNumber: '',
  healthCode: { colour: 'green', seenOn: '' },
  nucleicAcid: { date: '', result: 'negative' },
  createdAt: 2,
})

function data(persons: unknown[], episodes: unknown[]): LedgerData {
  return {
    tables: new Map<string, Record<string, unknown>[]>([
      ['persons', persons as Record<string, unknown>[]],
      ['episodes', episodes as Record<string, unknown>[]],
    ]),
    villages: new Map([['vil_1', '青龙村']]),
  }
}

describe('people ledger rows', () => {
  it('orders rows by arrival day, then by person, whatever order the records come in', () => {
    const rows = PEOPLE_LEDGER.rows(
      data(
        [person('per_c'), person('per_a'), person('per_b'), person('per_d')],
        [
          episode('epi_1', 'per_c', '2022-11-07'),
          episode('epi_2', 'per_a', '2022-11-08'),
          episode('epi_3', 'per_b', '2022-11-07'),
          episode('epi_4', 'per_a', ''),
          episode('epi_5', 'per_c', '2022-11-07'),
        ],
      ),
    )
    // No arrival day (a close contact, a person without an episode) last; a person's episodes keep their order.
    expect(rows.map((r) => `${r.arrivalDate || '-'} ${r.name} ${r.kind}`)).toEqual([
      '2022-11-07 姓名per_b 外出返乡',
      '2022-11-07 姓名per_c 外出返乡',
      '2022-11-07 姓名per_c 外出返乡',
      '2022-11-08 姓名per_a 外出返乡',
      '- 姓名per_a 密切接触者',
      '- 姓名per_d ',
    ])
  })

  it('writes one row per episode with the person, village and codes in words, and leaves out retired and merged people', () => {
    const rows = PEOPLE_LEDGER.rows(
      data(
        [person('per_a'), person('per_r', { retiredAt: 5 }), person('per_m', { mergedInto: 'per_a' })],
        [episode('epi_1', 'per_a', '2022-11-07'), episode('epi_2', 'per_r', '2022-11-07')],
      ),
    )
    expect(rows).toEqual([
      {
        name: '姓名per_a',
        sex: '女',
        documentType: '居民身份证',
        documentNumber: '11010119900101231X',
        birthDate: '1990-01-01',
        phone: '13800001111，0835-2221234',
        village: '青龙村',
        address: '一组',
        kind: '外出返乡',
        origin: '四川省成都市',
        departureDate: '',
        arrivalDate: '2022-11-07',
        transport: '火车',
        transportNumber: '',
        healthCode: '绿码',
        nucleicAcid: '阴性',
        registeredAt: 2,
      },
    ])
  })
})
