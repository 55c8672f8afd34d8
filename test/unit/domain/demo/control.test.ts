import { describe, expect, it } from 'vitest'
import { generateDemoControl } from '@/domain/demo/control'
import { generateDemoPeople } from '@/domain/demo/demo-people'
import { DEMO_SEED, generateDemoTownship } from '@/domain/demo/demo-township'

const TODAY = '2026-11-29'
const stamps = { createdAt: 1, createdBy: 'usr_x', updatedAt: 1, updatedBy: 'usr_x' }

describe('generateDemoControl', () => {
  const villages = generateDemoTownship().villages.map((v, i) => ({ ...v, id: `vil_${i}`, ...stamps }))
  const bundles = generateDemoPeople(villages as never, DEMO_SEED, TODAY)
  const subjects = bundles.flatMap((b) =>
    b.episodes.map((episode) => ({
      episode: { ...stamps, ...episode },
      name: b.person.name,
      villageId: b.person.villageId,
    })),
  )
  const demo = generateDemoControl(subjects, TODAY, stamps)

  it('leaves today with work in it: tests due, overdue tests, a fever, a missed person, occupied rooms', () => {
    expect(demo.measures.length).toBeGreaterThan(10)
    expect(demo.tests.some((t) => t.dueOn === TODAY && t.result === 'scheduled')).toBe(true)
    expect(demo.tests.some((t) => t.dueOn < TODAY && t.result === 'scheduled')).toBe(true)
    expect(demo.checks.some((c) => c.feverOn === TODAY)).toBe(true)
    expect(demo.measures.some((m) => m.lastSeenOn < '2026-11-27')).toBe(true)
    expect(demo.measures.filter((m) => m.roomId).length).toBeGreaterThan(0)
    expect(demo.measures.every((m) => m.plannedEnd >= TODAY && m.packId === 'covid-9')).toBe(true)
  })
})
