import type { Origin, RiskLevel, Transport } from '../person/person'
import type { Random } from './random'

/** A place people come from, with its area code and the risk levels it had over the demo's weeks. */
export interface DemoPlace {
  province: string
  city: string
  county: string
  /** 6-digit county code (GB/T 2260), also the registration place of IDs issued there. */
  code: string
  /** `[level, weight]`: how often a traveller from here was recorded at each level. */
  risk: readonly (readonly [RiskLevel, number])[]
  /** Far places are flown from, near ones driven from. */
  distance: 'far' | 'middle' | 'near'
}

const place = (
  province: string,
  city: string,
  county: string,
  code: string,
  distance: DemoPlace['distance'],
  risk: DemoPlace['risk'],
): DemoPlace => ({ province, city, county, code, risk, distance })

const LOW: DemoPlace['risk'] = [
  ['none', 6],
  ['low', 3],
]
const MIXED: DemoPlace['risk'] = [
  ['low', 5],
  ['medium', 3],
  ['none', 2],
]
const HOT: DemoPlace['risk'] = [
  ['high', 5],
  ['medium', 3],
  ['low', 1],
]

/**
 * Where Sichuan's migrant workers and students come home from: the Pearl and Yangtze River deltas, Beijing,
 * the neighbours. Codes are the real county codes of those districts; risk levels are invented for the demo.
 */
export const DOMESTIC_PLACES: readonly DemoPlace[] = [
  place('广东省', '深圳市', '南山区', '440305', 'far', MIXED),
  place('广东省', '广州市', '白云区', '440111', 'far', MIXED),
  place('浙江省', '杭州市', '西湖区', '330106', 'far', LOW),
  place('浙江省', '宁波市', '鄞州区', '330212', 'far', LOW),
  place('江苏省', '苏州市', '姑苏区', '320508', 'far', LOW),
  place('上海市', '上海市', '浦东新区', '310115', 'far', MIXED),
  place('北京市', '北京市', '朝阳区', '110105', 'far', MIXED),
  place('福建省', '厦门市', '思明区', '350203', 'far', LOW),
  place('湖北省', '武汉市', '江汉区', '420103', 'middle', HOT),
  place('新疆维吾尔自治区', '乌鲁木齐市', '天山区', '650102', 'far', HOT),
  place('陕西省', '西安市', '雁塔区', '610113', 'middle', MIXED),
  place('重庆市', '重庆市', '渝中区', '500103', 'near', LOW),
  place('四川省', '成都市', '武侯区', '510107', 'near', LOW),
  place('四川省', '雅安市', '雨城区', '511802', 'near', LOW),
]

/** Returnees go home from these more often: the big labour markets and the provincial capital. */
export const RETURNEE_WEIGHTS: readonly number[] = [14, 10, 7, 4, 5, 8, 5, 3, 3, 2, 3, 8, 16, 4]

/** Countries inbound travellers from the township had worked or studied in. */
export const FOREIGN_PLACES: readonly string[] = ['泰国', '柬埔寨', '日本', '韩国', '意大利', '美国', '阿联酋']

/**
 * Registration places of the township's own people: mostly the demo county (the first digits of its code),
 * some from neighbouring counties who married or moved in.
 */
export function localRegion(random: Random, countyCode: string): string {
  return random.weighted<string>([
    [countyCode, 80],
    ['511802', 6],
    ['511822', 4],
    ['511823', 3],
    ['510107', 4],
    ['500103', 3],
  ])
}

/** The place as an episode's origin. */
export function originOf(from: DemoPlace): Origin {
  return {
    province: from.province,
    city: from.city,
    county: from.county,
    township: '',
    village: '',
    areaCode: from.code,
  }
}

/** A foreign country as an episode's origin: no area code. */
export function foreignOrigin(country: string): Origin {
  return { province: '境外', city: country, county: '', township: '', village: '', areaCode: '' }
}

const AIRLINES = ['CA', 'MU', '3U', 'CZ', 'ZH', 'HU']

/** How someone came from a place, and the train, flight or plate number. */
export function travelFrom(random: Random, distance: DemoPlace['distance']): { transport: Transport; number: string } {
  const digits = (n: number) => Array.from({ length: n }, () => random.int(0, 9)).join('')
  const transport: Transport =
    distance === 'far'
      ? random.weighted<Transport>([
          ['flight', 5],
          ['train', 5],
        ])
      : distance === 'middle'
        ? random.weighted<Transport>([
            ['train', 7],
            ['flight', 2],
            ['car', 1],
          ])
        : random.weighted<Transport>([
            ['car', 5],
            ['bus', 3],
            ['train', 2],
          ])
  if (transport === 'flight') return { transport, number: random.pick(AIRLINES) + digits(4) }
  if (transport === 'train') return { transport, number: random.pick(['G', 'D', 'K']) + digits(4) }
  // 川T is Ya'an's plate prefix, 川A Chengdu's.
  if (transport === 'car') return { transport, number: `${random.pick(['川T', '川A'])}${digits(5)}` }
  return { transport, number: '' }
}
