import { DEFAULT_IDLE_LOCK_MINUTES, DEFAULT_REPORT_WINDOW, type TownshipInput } from '../township/township'
import type { Contact, Grid, VillageInput, VillageKind } from '../township/village'
import { communityNames, gridName, mobileNumber, personName, villageNames, type NameOptions } from './names'
import { createRandom, drawUnique, type Random } from './random'

/** The demo township's name, so the app can recognise and label it. */
export const DEMO_TOWNSHIP_NAME = '示范镇'

/** The demo township's (invented) county. */
export const DEMO_COUNTY_NAME = '示范县'

/**
 * A made-up demo code in Sichuan's format: 51 四川 + 1826 county + 101 (100–199: a 镇) + 000 (the township
 * itself). The digits follow the real scheme so every code rule in the app applies to the demo; the town and
 * its villages are invented and say nothing about whatever place the official table gives these digits.
 */
export const DEMO_TOWNSHIP_CODE = '511826101000'

/** 2020-01-24, 除夕, the day Sichuan (like most provinces) started its first-level emergency response. */
export const DEMO_SEED = 20200124

/** The demo township as the first-run wizard stores it: the settings and the villages to add. */
export interface DemoTownship {
  township: TownshipInput
  villages: VillageInput[]
}

/** `[how many, fewest residents, most residents]` for one size tier. */
type Tier = readonly [count: number, min: number, max: number]

/**
 * Size tiers. The bounds are chosen so that every seed gives 35,300–49,900 residents: villages 1,000–3,600,
 * communities 2,500–7,800, the largest community being the town seat.
 */
const VILLAGE_TIERS: readonly Tier[] = [
  [2, 2800, 3600],
  [6, 1500, 2200],
  [8, 1000, 1400],
]
const COMMUNITY_TIERS: readonly Tier[] = [
  [1, 5200, 7800],
  [3, 2500, 3500],
]

/**
 * 城乡分类代码 that fit a 镇: its communities lie in the 镇中心区 (121); a few villages next to the seat are
 * 镇乡结合区 (122), the rest 村庄 (220). 111/112 belong to city districts and 210 to a 乡's seat.
 */
const SEAT_CLASS = '121'
const FRINGE_CLASS = '122'
const VILLAGE_CLASS = '220'
const FRINGE_VILLAGES = 2

/** Community village digits start at 001; villages at 201, as in most real tables. */
const FIRST_COMMUNITY = 1
const FIRST_VILLAGE = 201

/**
 * Generates the demo township 示范镇: 4 communities and 16 villages with populations, households, grids
 * (村民小组 or 网格) and named contacts, every name and phone unique. The same seed always gives the same data
 * (no clock, no `Math.random`). Each part draws from its own fork of the seed, so later additions (people,
 * measures, supplies…) should take `createRandom(seed).fork('<their part>')` and leave this output unchanged.
 */
export function generateDemoTownship(seed: number = DEMO_SEED): DemoTownship {
  const root = createRandom(seed)
  const names = root.fork('names')
  const contacts = contactMaker(new Set(), new Set())
  const plans = [
    ...planKind(root.fork('communities'), 'community', communityNames(names, count(COMMUNITY_TIERS)), COMMUNITY_TIERS),
    ...planKind(root.fork('villages'), 'village', villageNames(names, count(VILLAGE_TIERS)), VILLAGE_TIERS),
  ]
  const villages = plans.map((plan) => buildVillage(root.fork(`village/${plan.code}`), plan, contacts))
  return {
    township: {
      name: DEMO_TOWNSHIP_NAME,
      code: DEMO_TOWNSHIP_CODE,
      countyName: DEMO_COUNTY_NAME,
      reportWindow: { ...DEFAULT_REPORT_WINDOW },
      idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
    },
    villages,
  }
}

/** A demo grid's id, stable across runs so later generated data (people, households) can point at it. */
export function demoGridId(villageCode: string, n: number): string {
  return `grd_demo_${villageCode}_${n}`
}

interface Plan {
  code: string
  kind: VillageKind
  name: string
  urbanRuralClass: string
  population: number
}

function count(tiers: readonly Tier[]): number {
  return tiers.reduce((sum, [n]) => sum + n, 0)
}

/** Codes, names, classes and sizes of one kind; sizes are shuffled so size does not follow the code. */
function planKind(random: Random, kind: VillageKind, placeNames: string[], tiers: readonly Tier[]): Plan[] {
  const sizes = tiers.flatMap(([n, min, max]) => Array.from({ length: n }, () => random.int(min, max)))
  // The seat community keeps the first code; everything else is in random order.
  const ordered = kind === 'community' ? [sizes[0], ...random.shuffle(sizes.slice(1))] : random.shuffle(sizes)
  const fringe = new Set(random.sample(Array.from(ordered.keys()), kind === 'village' ? FRINGE_VILLAGES : 0))
  const first = kind === 'community' ? FIRST_COMMUNITY : FIRST_VILLAGE
  return ordered.map((population, i) => ({
    code: DEMO_TOWNSHIP_CODE.slice(0, 9) + String(first + i).padStart(3, '0'),
    kind,
    name: placeNames[i],
    urbanRuralClass: kind === 'community' ? SEAT_CLASS : fringe.has(i) ? FRINGE_CLASS : VILLAGE_CLASS,
    population,
  }))
}

type MakeContact = (random: Random, options: NameOptions) => Contact

/** Contacts whose names and phones are unique across the township, so a demo user never sees two 王伟. */
function contactMaker(usedNames: Set<string>, usedPhones: Set<string>): MakeContact {
  return (random, options) => ({
    name: drawUnique(usedNames, () => personName(random, options)),
    phone: drawUnique(usedPhones, () => mobileNumber(random)),
  })
}

function buildVillage(random: Random, plan: Plan, contact: MakeContact): VillageInput {
  const village = plan.kind === 'village'
  // Rural Sichuan households average under 3 people, town households a little fewer.
  const householdSize = village ? random.float(2.7, 3.3) : random.float(2.6, 3.0)
  // A 村民小组 holds a few hundred people; a community grid about 300 households.
  const perGrid = village ? random.int(300, 450) : random.int(700, 1000)
  const gridCount = Math.min(9, Math.max(3, Math.round(plan.population / perGrid)))
  const grids: Grid[] = Array.from({ length: gridCount }, (_, i) => {
    const members = (village ? random.chance(0.3) : random.chance(0.7)) ? 2 : 1
    return {
      id: demoGridId(plan.code, i + 1),
      name: gridName(plan.kind, i + 1),
      members: Array.from({ length: members }, () =>
        contact(random, { sex: random.chance(0.5) ? 'male' : 'female', birthYear: random.int(1965, 1998) }),
      ),
    }
  })
  return {
    code: plan.code,
    name: plan.name,
    urbanRuralClass: plan.urbanRuralClass,
    population: plan.population,
    households: Math.round(plan.population / householdSize),
    // Village party secretaries are mostly men in their 40s–50s; village doctors are of either sex.
    secretary: contact(random, { sex: random.chance(0.85) ? 'male' : 'female', birthYear: random.int(1962, 1985) }),
    doctor: contact(random, { sex: random.chance(0.6) ? 'male' : 'female', birthYear: random.int(1960, 1992) }),
    grids,
  }
}
