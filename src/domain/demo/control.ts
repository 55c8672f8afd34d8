import type { LocalDate, Stamped } from '../common/entity'
import { newId } from '../common/ids'
import { plusDays } from '../control/calendar'
import type { HealthCheck } from '../control/health-check'
import type { ControlMeasure } from '../control/measure'
import { planMeasure } from '../control/measure-rules'
import { COVID_EDITION_9 } from '../control/national-packs'
import type { NucleicTest } from '../control/nucleic-test'
import { roomRange, type QuarantineSite } from '../control/site'
import type { Episode } from '../person/person'
import { createRandom } from './random'

/** What the demo puts under control: a site, measures, two-daily checks and tests up to today. */
export interface DemoControl {
  site: QuarantineSite
  measures: ControlMeasure[]
  checks: HealthCheck[]
  tests: NucleicTest[]
}

/** A demo person as the generator needs them. */
export interface DemoSubject {
  episode: Episode
  name: string
  villageId: string
}

// In this order: close contacts first, so the site's rooms go to them.
const CATEGORIES = ['close-contact', 'inbound', 'secondary-contact', 'returnee']
const REPORTERS = ['刘网格', '陈网格', '王村医', '赵网格']

/**
 * The demo township's control measures, computed with the 9th-edition pack (an exercise: the demo is always
 * "today"): everyone of the measured categories who arrived in the last 9 days is under a measure; the grid has
 * checked them every day until yesterday, except a few missed for three days; two fevers are today's; past tests
 * are negative, today's are due, a few are overdue and one is positive. Deterministic for a given today.
 */
export function generateDemoControl(subjects: readonly DemoSubject[], today: LocalDate, stamps: Stamped): DemoControl {
  const random = createRandom(`demo/control/${today}`)
  const site: QuarantineSite = {
    id: newId('sit'),
    name: '示范镇隔离点',
    address: '镇卫生院旧楼',
    contact: '周院长 13800001111',
    rooms: roomRange(101, 40, 1),
    ...stamps,
  }
  const measures: ControlMeasure[] = []
  const checks: HealthCheck[] = []
  const tests: NucleicTest[] = []
  let room = 0
  // A contact's clock starts at the exposure, which the demo register leaves blank: spread it over the last week.
  const anchored = subjects.map((s, i) => ({ ...s, anchor: s.episode.arrivalDate || plusDays(today, -1 - (i % 7)) }))
  const chosen = anchored
    .filter((s) => CATEGORIES.includes(s.episode.kind) && s.anchor >= plusDays(today, -9) && s.anchor < today)
    .sort((a, b) => CATEGORIES.indexOf(a.episode.kind) - CATEGORIES.indexOf(b.episode.kind))
  for (const [i, s] of chosen.slice(0, 60).entries()) {
    const centralized = COVID_EDITION_9.categories[s.episode.kind]!.segments[0].type === 'centralized'
    const roomId = centralized && room < site.rooms.length ? site.rooms[room++].id : ''
    const start = plusDays(s.anchor, 1)
    const planned = planMeasure(
      {
        personId: s.episode.personId,
        episodeId: s.episode.id,
        villageId: s.villageId,
        personName: s.name,
        category: s.episode.kind,
      },
      COVID_EDITION_9,
      {
        packId: COVID_EDITION_9.id,
        anchorDate: s.anchor,
        startDate: start,
        firstType: centralized && !roomId ? 'home-quarantine' : undefined,
        siteId: roomId ? site.id : '',
        roomId,
        orderMode: 'written',
        responsible: `包村干部 ${REPORTERS[i % REPORTERS.length]}`,
      },
      { at: stamps.createdAt, name: '示范数据' },
    )
    if (!planned.measure || planned.measure.plannedEnd < today) continue
    const missed = i % 11 === 5
    const measure: ControlMeasure = { ...planned.measure, id: newId('msr'), ...stamps }
    for (let day = start; day < today && day <= measure.plannedEnd; day = plusDays(day, 1)) {
      if (missed && day >= plusDays(today, -3)) continue
      measure.lastSeenOn = day
      checks.push(demoCheck(measure, day, 36.2 + random.int(0, 6) / 10, stamps, random.int(0, 3)))
    }
    if (i % 17 === 3)
      checks.push({ ...demoCheck(measure, today, 37.9, stamps, 0), status: 'seen-not-ok', feverOn: today })
    for (const dueOn of measure.testDates) {
      const overdue = dueOn < today && i % 9 === 4
      // One positive among the last two days' results, so today lists it.
      const positive = i % 23 === 7 && dueOn >= plusDays(today, -2) && dueOn < today
      const result = dueOn >= today || overdue ? 'scheduled' : positive ? 'positive' : 'negative'
      tests.push({
        id: newId('nat'),
        measureId: measure.id,
        personId: measure.personId,
        villageId: measure.villageId,
        personName: measure.personName,
        dueOn,
        result,
        sampledOn: result === 'scheduled' ? '' : dueOn,
        ...(result === 'scheduled' ? { openDue: dueOn } : {}),
        ...(result === 'positive' ? { positiveOn: dueOn } : {}),
        ...stamps,
      })
    }
    measures.push(measure)
  }
  return { site, measures, checks, tests }
}

function demoCheck(
  measure: ControlMeasure,
  date: LocalDate,
  celsius: number,
  stamps: Stamped,
  reporter: number,
): HealthCheck {
  return {
    id: newId('hck'),
    measureId: measure.id,
    personId: measure.personId,
    villageId: measure.villageId,
    date,
    morning: Math.round(celsius * 10) / 10,
    afternoon: Math.round((celsius + 0.2) * 10) / 10,
    symptoms: [],
    status: 'seen-ok',
    checkedBy: REPORTERS[reporter],
    outsideMeasure: false,
    ...stamps,
  }
}
