import { newId } from '@/domain/common/ids'
import { planMapImport } from '@/domain/map/import-plan'
import { addDays } from '@/domain/map/replay'
import { RISK_LEVELS, type RiskDecision } from '@/domain/map/risk-level'
import { localToday } from '@/domain/person/dates'
import type { Village } from '@/domain/township/village'
import { saveMapLayer } from '@/db/repositories/map-layer-repository'
import { listActiveVillages } from '@/db/repositories/village-repository'
import { saveVillage } from '@/services/villages/village-service'
import { prepareInWorker } from '@/workers/map-import-client'
import { cellRing, COLUMNS, markers, ROWS, townshipRing, villagesGeoJson } from './map-data'
import { seedMapRegisters } from './map-registers'
import { roundMs, testId, timed, type Figure, type ScenarioSet, type SeedContext, type UiProbe } from './scenario'

const VILLAGES = COLUMNS * ROWS // 60, the "60 villages of real-size polygons"
const VERTICES_PER_EDGE = 500 // 2,000 vertices a village: a surveyed village boundary
const MARKERS = 5000
const IMPORT_MB = 30
const RUNS = 5

/** The bench township's villages, topped up to 60 (village digits 301 onward) when run on its own. */
async function sixtyVillages({ db, actor, townshipCode }: SeedContext): Promise<Village[]> {
  const existing = await listActiveVillages(db)
  const taken = new Set(existing.map((v) => v.code))
  const blank = { name: '', phone: '' }
  let added = 0
  for (let n = 301; existing.length + added < VILLAGES && n < 400; n++) {
    const code = `${townshipCode.slice(0, 9)}${n}`
    if (taken.has(code)) continue
    const input = { code, name: `基准${n}村`, urbanRuralClass: '220', population: 1500, households: 500 }
    await saveVillage(db, undefined, { ...input, secretary: blank, doctor: blank, grids: [] }, actor)
    added++
  }
  return (await listActiveVillages(db)).slice(0, VILLAGES)
}

/** 60 days of decisions: every village changes level every 12 days or so, as in a long wave. */
function history(villages: Village[], today: string, actorId: string): RiskDecision[] {
  const now = Date.now()
  return villages.flatMap((v, i) =>
    Array.from({ length: 5 }, (_, k) => {
      const from = addDays(today, -59 + k * 12 + (i % 12))
      const at = now - (59 - k * 12) * 86_400_000
      const level = RISK_LEVELS[(i + k) % RISK_LEVELS.length]
      return {
        id: newId('rsk', at),
        villageId: v.id,
        level,
        effectiveFrom: from,
        effectiveTo: '',
        reason: '基准',
        source: '基准通知',
        decidedBy: '基准',
        decidedAt: at,
        createdAt: at,
        createdBy: actorId,
        updatedAt: at,
        updatedBy: actorId,
      }
    }),
  )
}

/** `map.import.30mb`: a 30 MB GeoJSON of the 60 villages read, converted and checked in the Worker, then reviewed. */
async function importFigure(villages: Village[]): Promise<Figure> {
  const sample = villagesGeoJson(villages, 1000).length
  const perEdge = Math.round((1000 * IMPORT_MB * 1024 * 1024) / sample)
  const bytes = new TextEncoder().encode(villagesGeoJson(villages, perEdge))
  const { result, ms } = await timed(async () => {
    const file = await prepareInWorker('基准.geojson', bytes.buffer, 'gcj02')
    return planMapImport(file, 'villages', villages)
  })
  const matched = result.rows.filter((r) => r.status === 'matched').length
  if (matched !== villages.length) throw new Error(`30 MB import matched ${matched} of ${villages.length} villages`)
  return { name: 'map.import.30mb', value: roundMs(ms), unit: 'ms', target: 5000 }
}

function probes(today: string): UiProbe[] {
  const drawn = testId('map-drawn')
  const home = { action: { click: testId('nav-/') }, until: { selector: drawn, count: 0 } }
  const onMap = { action: { click: testId('nav-/map') }, until: { selector: drawn, count: 1, contains: today } }
  return [
    {
      name: 'map.draw.first',
      target: 500,
      runs: RUNS,
      reportMax: true,
      // Home first, so every run mounts the map anew: load the layers and decisions, register, draw.
      before: [home],
      measure: onMap,
    },
    {
      name: 'map.replay.step',
      target: 100,
      runs: RUNS,
      // From home each run: the map opens on today (MapView resets the day), drawn, then one step back is timed.
      before: [home, onMap],
      measure: {
        action: { click: testId('replay-back') },
        until: { selector: drawn, count: 1, contains: addDays(today, -1) },
      },
    },
  ]
}

/**
 * The risk map at the size: 60 villages with 2,000-vertex boundaries, a township outline, 5,000 markers
 * and 60 days of decisions, written directly (the layers as an import would save them), and 10,000 measures with
 * their tests and fevers behind the hover counts and the suggestions.
 */
export const mapScenarios: ScenarioSet = {
  area: 'map',
  async seed(context) {
    const { db, actor } = context
    const villages = await sixtyVillages(context)
    const today = localToday()
    const layer = { origin: 'file' as const, fileName: '基准.geojson', sourceSystem: 'wgs84' as const }
    const areas = villages.map((v, i) => ({
      villageId: v.id,
      shape: { type: 'Polygon' as const, coordinates: [cellRing(i, VERTICES_PER_EDGE)] },
    }))
    await saveMapLayer(db, { ...layer, id: 'villageAreas', shapes: areas }, '基准村域', actor)
    await saveMapLayer(
      db,
      {
        ...layer,
        id: 'township',
        shapes: [{ villageId: '', shape: { type: 'Polygon', coordinates: [townshipRing()] } }],
      },
      '基准边界',
      actor,
    )
    const points = markers(MARKERS).map((p, i) => ({
      villageId: villages[i % villages.length].id,
      shape: { type: 'Point' as const, coordinates: p },
    }))
    await saveMapLayer(db, { ...layer, id: 'villagePoints', shapes: points }, '基准点位', actor)
    await db.riskDecisions.bulkPut(history(villages, today, actor.id))
    const counts = await seedMapRegisters(db, villages, today)
    return { figures: [await importFigure(villages), counts], probes: probes(today) }
  },
}
