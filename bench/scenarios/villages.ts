import { newId } from '@/domain/common/ids'
import { COMMUNITY_NAME_STEMS, gridName, mobileNumber, personName, VILLAGE_NAME_STEMS } from '@/domain/demo/names'
import { createRandom, type Random } from '@/domain/demo/random'
import type { Actor } from '@/domain/accounts/user'
import type { Contact, VillageInput, VillageKind } from '@/domain/township/village'
import type { CommandPostDatabase } from '@/db/database'
import { saveVillage } from '@/services/villages/village-service'
import type { BenchVillage } from './people-data'
import { inputOf, roundMs, tableRows, testId, timed, type ScenarioSet, type UiProbe, type UiStep } from './scenario'

/** 100 is the worst plausible township (DESIGN.md): the demo has 20. Both kinds, so both code ranges are used. */
// The figure is named create100: change its name with these counts.
const COMMUNITIES = 30
const VILLAGES = 70
/** Village digits: communities 001–199, villages 200–399 (domain/township/area-code.ts). */
const FIRST_COMMUNITY = 1
const FIRST_VILLAGE = 201
/** The village list's default page size (stores/villages.ts): the first page holds this many rows. */
const PAGE_SIZE = 20
/** A clerk's typical filter: part of a name. Matches 青龙村, 龙泉村… and their 新 twins, a handful of rows. */
const FILTER_TEXT = '龙'
const RUNS = 5

const ROWS = tableRows('village-table')

/** Stems repeat past the list's length, as merged villages do (青龙村, 新青龙村), so any count gets names. */
function placeName(kind: VillageKind, i: number): string {
  const stems = kind === 'community' ? COMMUNITY_NAME_STEMS : VILLAGE_NAME_STEMS
  const round = ['', '新', '上', '下'][Math.floor(i / stems.length) % 4]
  return `${round}${stems[i % stems.length]}${kind === 'community' ? '社区' : '村'}`
}

function contact(random: Random, sex: number): Contact {
  return {
    name: personName(random, { sex: random.chance(sex) ? 'male' : 'female', birthYear: random.int(1962, 1992) }),
    phone: mobileNumber(random),
  }
}

/** A village as a clerk fills the form: sizes, class, secretary, doctor, 3–9 grids with members. */
function villageInput(random: Random, code: string, kind: VillageKind, i: number): VillageInput {
  const population = kind === 'community' ? random.int(2500, 7800) : random.int(1000, 3600)
  const gridCount = random.int(3, 9)
  return {
    code,
    name: placeName(kind, i),
    urbanRuralClass: kind === 'community' ? '121' : '220',
    population,
    households: Math.round(population / random.float(2.6, 3.3)),
    secretary: contact(random, 0.85),
    doctor: contact(random, 0.6),
    grids: Array.from({ length: gridCount }, (_, g) => ({
      id: newId('grd'),
      name: gridName(kind, g + 1),
      members: Array.from({ length: random.int(1, 2) }, () => contact(random, 0.5)),
    })),
  }
}

/** Inputs for every community and village: the first free codes of each range, so the count is always met. */
function plannedVillages(townshipCode: string, taken: Set<string>): VillageInput[] {
  const random = createRandom('bench/villages')
  const prefix = townshipCode.slice(0, 9)
  const plan = (kind: VillageKind, count: number, first: number) => {
    const codes: string[] = []
    for (let n = first; codes.length < count; n++) {
      const code = `${prefix}${String(n).padStart(3, '0')}`
      if (!taken.has(code)) codes.push(code)
    }
    return codes.map((code, i) => villageInput(random, code, kind, i))
  }
  return [...plan('community', COMMUNITIES, FIRST_COMMUNITY), ...plan('village', VILLAGES, FIRST_VILLAGE)]
}

const SEARCH = inputOf('village-search')

function probes(expectedFiltered: number): UiProbe[] {
  const openList: UiStep = { action: { click: testId('nav-/villages') }, until: { selector: ROWS, count: PAGE_SIZE } }
  // Waits for the search box, not for rows: a filter left over from an earlier run changes the row count.
  const onList: UiStep = { action: { click: testId('nav-/villages') }, until: { selector: SEARCH, count: 1 } }
  const cleared: UiStep = { action: { fill: SEARCH, text: '' }, until: { selector: ROWS, count: PAGE_SIZE } }
  return [
    {
      name: 'villages.list.firstPage',
      target: 100,
      runs: RUNS,
      reportMax: true,
      // Home first, so every run mounts the list anew (the first run also loads the route's code).
      before: [{ action: { click: testId('nav-/') }, until: { selector: ROWS, count: 0 } }],
      measure: openList,
    },
    {
      name: 'villages.list.filter',
      target: 100,
      runs: RUNS,
      before: [onList, cleared],
      measure: {
        action: { fill: SEARCH, text: FILTER_TEXT },
        until: { selector: ROWS, count: expectedFiltered, contains: FILTER_TEXT },
      },
      // The store keeps the filter across visits: clear it so later probes see the full list.
      after: [cleared],
    },
  ]
}

/**
 * The township's villages as the people bench places people in them: those stored, or (a partial run without
 * the villages set, `npm run bench -- packs`) the planned ones saved first, so a ledger's 所属村 column is filled
 * as in a full run.
 */
export async function benchVillagesIn(
  db: CommandPostDatabase,
  actor: Actor,
  townshipCode: string,
): Promise<BenchVillage[]> {
  if ((await db.villages.count()) === 0)
    for (const input of plannedVillages(townshipCode, new Set())) await saveVillage(db, undefined, input, actor)
  return (await db.villages.toArray()).map((v) => ({ id: v.id, gridIds: v.grids.map((g) => g.id) }))
}

/** `villages.create100`: one strict-durability transaction (village + audit line) per village, as the form saves. */
export const villagesScenarios: ScenarioSet = {
  area: 'villages',
  async seed({ db, actor, townshipCode }) {
    const taken = new Set((await db.villages.toArray()).map((v) => v.code))
    const inputs = plannedVillages(townshipCode, taken)
    const { ms } = await timed(async () => {
      for (const input of inputs) await saveVillage(db, undefined, input, actor)
    })
    const all = await db.villages.toArray()
    // The same match as listVillages (name or code contains the text), capped at one page.
    const matching = all.filter(
      (v) => v.retiredAt === undefined && (v.name.includes(FILTER_TEXT) || v.code.includes(FILTER_TEXT)),
    )
    if (matching.length === 0) throw new Error(`no village matches the filter text ${FILTER_TEXT}`)
    return {
      figures: [{ name: 'villages.create100', value: roundMs(ms), unit: 'ms', target: null }],
      probes: probes(Math.min(matching.length, PAGE_SIZE)),
    }
  },
}
