import { describe, expect, it } from 'vitest'
import { splitOrigin, villageResolver, type VillageRef } from '@/domain/person/people-sheet-places'

const VILLAGES: VillageRef[] = [
  {
    id: 'vil_xh',
    name: '新华村',
    code: '511826100201',
    grids: [
      { id: 'g1', name: '一组' },
      { id: 'g12', name: '十二组' },
    ],
  },
  { id: 'vil_cd', name: '城东社区', code: '511826100001', grids: [{ id: 'g3', name: '第3网格' }] },
  { id: 'vil_ql', name: '青龙村', code: '511826100203', grids: [] },
]

describe('villageResolver', () => {
  const resolver = villageResolver(VILLAGES)

  it.each([
    ['新华村', '', { villageId: 'vil_xh', gridId: '' }],
    ['新华', '', { villageId: 'vil_xh', gridId: '' }],
    ['新华村委会', '', { villageId: 'vil_xh', gridId: '' }],
    ['新华村民委员会', '', { villageId: 'vil_xh', gridId: '' }],
    ['芦阳镇新华村', '', { villageId: 'vil_xh', gridId: '' }],
    [' 新 华 村 ', '', { villageId: 'vil_xh', gridId: '' }],
    ['511826100201', '', { villageId: 'vil_xh', gridId: '' }],
    ['城东社区', '', { villageId: 'vil_cd', gridId: '' }],
    ['城东居委会', '', { villageId: 'vil_cd', gridId: '' }],
    ['新华村', '1组', { villageId: 'vil_xh', gridId: 'g1' }],
    ['新华村', '第一组', { villageId: 'vil_xh', gridId: 'g1' }],
    ['新华村', '12组', { villageId: 'vil_xh', gridId: 'g12' }],
    ['城东社区', '三网格', { villageId: 'vil_cd', gridId: 'g3' }],
    ['新华村', '五组', { villageId: 'vil_xh', gridId: '', unknownGrid: '五组' }],
    ['飞仙关村', '一组', { villageId: '', gridId: '', unknownVillage: '飞仙关村' }],
    ['', '一组', { villageId: '', gridId: '' }],
  ])('resolves %j / %j', (village, grid, reading) => {
    expect(resolver.resolve(village, grid)).toEqual(reading)
  })
})

describe('splitOrigin', () => {
  const origin = (province: string, city = '', county = '', township = '', village = '') => ({
    province,
    city,
    county,
    township,
    village,
    areaCode: '',
  })

  it.each([
    ['湖北省武汉市江汉区', origin('湖北省', '武汉市', '江汉区')],
    ['广东省深圳市', origin('广东省', '深圳市')],
    ['湖北省', origin('湖北省')],
    ['武汉市', origin('', '武汉市')],
    ['湖北省武汉', origin('湖北省', '武汉')],
    ['上海市浦东新区', origin('上海市', '', '浦东新区')],
    ['重庆市万州区', origin('重庆市', '', '万州区')],
    ['新疆维吾尔自治区乌鲁木齐市天山区', origin('新疆维吾尔自治区', '乌鲁木齐市', '天山区')],
    ['湖北省恩施土家族苗族自治州恩施市', origin('湖北省', '恩施土家族苗族自治州', '恩施市')],
    ['四川省雅安市芦山县芦阳镇新华村', origin('四川省', '雅安市', '芦山县', '芦阳镇', '新华村')],
    ['泰国', origin('泰国')],
    ['', origin('')],
  ])('splits %j', (text, expected) => {
    expect(splitOrigin(text)).toEqual(expected)
  })
})
