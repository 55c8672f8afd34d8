import type { LocalDate } from '@/domain/common/entity'
import { newId } from '@/domain/common/ids'
import { plusDays } from '@/domain/control/calendar'
import type { HealthCheck } from '@/domain/control/health-check'
import type { ControlMeasure } from '@/domain/control/measure'
import type { NucleicTest } from '@/domain/control/nucleic-test'
import { DEFAULT_RISK_RULES } from '@/domain/map/risk-rules'
import type { Village } from '@/domain/township/village'
import type { CommandPostDatabase } from '@/db/database'
import { loadVillageCounts } from '@/services/map/village-counts-service'
import { roundMs, timed, type Figure } from './scenario'

// The registers behind the map's counts at the scale: 5,000 people under measures now and 5,000 released
// within the replay's 60 days, over 60 villages, with 4 tests each (some overdue, a few positive) and fever checks.

const ACTIVE = 5_000
const RELEASED = 5_000
const STAMPS = { createdAt: 1, createdBy: 'usr_bench', updatedAt: 1, updatedBy: 'usr_bench' }

function measureOf(i: number, village: Village, today: LocalDate): ControlMeasure {
  const active = i < ACTIVE
  const start = plusDays(today, active ? -(i % 14) : -20 - (i % 40))
  const end = plusDays(start, 13)
  const type = i % 3 === 0 ? 'centralized' : 'home-quarantine'
  return {
    id: newId('msr'),
    personId: `per_map_${i}`,
    episodeId: `epi_map_${i}`,
    villageId: village.id,
    personName: `基准${i}`,
    category: i % 4 === 0 ? 'inbound' : 'close-contact',
    packId: 'covid-9',
    packVersion: 1,
    packName: '基准',
    dayCounting: 'day-0',
    anchorDate: plusDays(start, -1),
    startDate: start,
    segments: [{ type, from: start, to: end, siteId: '', roomId: '' }],
    plannedEnd: end,
    testDates: [start, plusDays(start, 3), plusDays(start, 6), plusDays(start, 13)],
    orderMode: 'written',
    responsible: '',
    status: active ? 'active' : 'released',
    releasedOn: active ? '' : end,
    releaseReason: active ? '' : 'completed',
    siteId: '',
    roomId: '',
    lastSeenOn: '',
    history: [],
    ...STAMPS,
  }
}

function testsOf(m: ControlMeasure, i: number, today: LocalDate): NucleicTest[] {
  return m.testDates.map((dueOn, k) => {
    const open = dueOn >= today || (i + k) % 29 === 0
    const positive = !open && (i + k) % 997 === 0
    const result = open ? 'scheduled' : positive ? 'positive' : 'negative'
    return {
      id: newId('nat'),
      measureId: m.id,
      personId: m.personId,
      villageId: m.villageId,
      personName: m.personName,
      dueOn,
      result,
      sampledOn: open ? '' : dueOn,
      ...(open ? { openDue: dueOn } : {}),
      ...(positive ? { positiveOn: dueOn } : {}),
      ...STAMPS,
    }
  })
}

function feverOf(m: ControlMeasure, i: number): HealthCheck {
  const date = plusDays(m.startDate, i % 10)
  return {
    id: newId('hck'),
    measureId: m.id,
    personId: m.personId,
    villageId: m.villageId,
    date,
    morning: 37.8,
    afternoon: 36.6,
    symptoms: [],
    status: 'seen-not-ok',
    checkedBy: '网格员',
    outsideMeasure: false,
    feverOn: date,
    ...STAMPS,
  }
}

/**
 * Writes the registers (bulk, before any clock) and times `map.counts.load`: every village's counts for the 60 days
 * and the rules' look-back, read through the indexes, as the map loads them after its first frame.
 */
export async function seedMapRegisters(
  db: CommandPostDatabase,
  villages: Village[],
  today: LocalDate,
): Promise<Figure> {
  const measures = Array.from({ length: ACTIVE + RELEASED }, (_, i) =>
    measureOf(i, villages[i % villages.length], today),
  )
  await db.measures.bulkAdd(measures)
  await db.nucleicTests.bulkAdd(measures.flatMap((m, i) => testsOf(m, i, today)))
  await db.healthChecks.bulkAdd(measures.filter((_, i) => i % 17 === 0).map(feverOf))
  const ids = villages.map((v) => v.id)
  const { ms } = await timed(() => loadVillageCounts(db, ids, DEFAULT_RISK_RULES, today))
  return { name: 'map.counts.load', value: roundMs(ms), unit: 'ms', target: 1000 }
}
