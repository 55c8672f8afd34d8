import { describe, expect, it } from 'vitest'
import { villageByName, villageForRow, villageInAddress, villageNameKey } from '@/domain/county-list/village-match'

const VILLAGES = [
  { id: 'vil_xh', name: '新华村' },
  { id: 'vil_wj', name: '王家村' },
  { id: 'vil_dwj', name: '大王家村' },
  { id: 'vil_cd', name: '城东社区' },
  { id: 'vil_ql', name: '青龙村' },
]

describe('villageNameKey', () => {
  it.each([
    ['新华村', '新华'],
    ['新华村委会', '新华'],
    ['新华村民委员会', '新华'],
    ['城东社区', '城东'],
    ['城东社区居委会', '城东'],
    [' 城东 社区 ', '城东'],
    ['新华', '新华'],
    ['村', '村'],
  ])('%s → %s', (text, key) => {
    expect(villageNameKey(text)).toBe(key)
  })
})

describe('villageByName', () => {
  it.each([
    ['新华村', 'vil_xh'],
    ['新华', 'vil_xh'],
    ['新华村委会', 'vil_xh'],
    ['城东社区居委会', 'vil_cd'],
    ['芦阳镇新华村', 'vil_xh'],
    ['芦阳镇大王家村', 'vil_dwj'],
    ['王家', 'vil_wj'],
    ['飞仙关村', undefined],
    ['', undefined],
  ])('%s → %s', (text, id) => {
    expect(villageByName(text, VILLAGES)).toBe(id)
  })

  it('gives no answer when two villages share a name', () => {
    expect(villageByName('新华', [...VILLAGES, { id: 'vil_xh2', name: '新华社区' }])).toBeUndefined()
  })
})

describe('villageInAddress', () => {
  it.each([
    ['芦山县芦阳镇青龙村三组12号', 'vil_ql'],
    ['芦阳镇城东社区花园小区', 'vil_cd'],
    ['芦阳镇大王家村五组', 'vil_dwj'],
    ['芦阳镇新华路8号', undefined],
    ['新华村和青龙村交界', undefined],
    ['', undefined],
  ])('%s → %s', (address, id) => {
    expect(villageInAddress(address, VILLAGES)).toBe(id)
  })
})

describe('villageForRow', () => {
  it('takes the county’s village, else the register’s, else the address’s', () => {
    const place = { villageText: '', personVillageId: '', address: '' }
    expect(villageForRow({ ...place, villageText: '新华', personVillageId: 'vil_ql' }, VILLAGES)).toBe('vil_xh')
    expect(villageForRow({ ...place, personVillageId: 'vil_ql', address: '城东社区' }, VILLAGES)).toBe('vil_ql')
    expect(villageForRow({ ...place, personVillageId: 'vil_gone', address: '城东社区' }, VILLAGES)).toBe('vil_cd')
    expect(villageForRow(place, VILLAGES)).toBeUndefined()
  })
})
