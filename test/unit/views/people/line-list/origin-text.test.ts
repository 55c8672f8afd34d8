import { describe, expect, it } from 'vitest'
import { readOrigin } from '@/views/people/line-list/origin-text'

describe('readOrigin', () => {
  it.each([
    ['', {}],
    ['武汉', { city: '武汉' }],
    ['广州市', { city: '广州市' }],
    ['湖北省', { province: '湖北省' }],
    ['湖北省武汉市江汉区', { province: '湖北省', city: '武汉市', county: '江汉区' }],
    ['湖北省 武汉', { province: '湖北省', city: '武汉' }],
    ['北京市朝阳区', { city: '北京市', county: '朝阳区' }],
    ['四川省成都市都江堰市', { province: '四川省', city: '成都市', county: '都江堰市' }],
    ['山东省济南市市中区', { province: '山东省', city: '济南市', county: '市中区' }],
    ['广西壮族自治区南宁市', { province: '广西壮族自治区', city: '南宁市' }],
    ['重庆市万州区龙都街道', { city: '重庆市', county: '万州区', township: '龙都街道' }],
    ['江苏省镇江市丹阳市某某镇', { province: '江苏省', city: '镇江市', county: '丹阳市', township: '某某镇' }],
    ['广东省广州市天河区某某小区', { province: '广东省', city: '广州市', county: '天河区', township: '某某小区' }],
  ])('%s', (text, parts) => {
    expect(readOrigin(text)).toEqual({
      province: '',
      city: '',
      county: '',
      township: '',
      village: '',
      areaCode: '',
      ...parts,
    })
  })
})
