import { describe, expect, it } from 'vitest'
import { generateDemoMap } from '@/domain/demo/demo-map'
import { generateDemoTownship } from '@/domain/demo/demo-township'
import { levelsOn } from '@/domain/map/risk-level'
import type { Village } from '@/domain/township/village'

const villages: Village[] = generateDemoTownship().villages.map((v, i) => ({
  ...v,
  id: `vil_${i}`,
  kind: v.code.slice(9) < '200' ? 'community' : 'village',
  sortOrder: i,
  createdAt: 0,
  createdBy: '',
  updatedAt: 0,
  updatedBy: '',
}))

describe('the demo map', () => {
  const demo = generateDemoMap(villages, '2026-11-29', Date.UTC(2026, 10, 29), 'usr_system')

  it('gives every village its own tile', () => {
    expect(demo.tiles).toHaveLength(20)
    expect(new Set(demo.tiles.map((t) => `${t.col},${t.row}`)).size).toBe(20)
  })

  it('has decisions relative to today: a lockdown that ended, and an outbreak now', () => {
    const today = levelsOn(demo.decisions, '2026-11-29')
    const [high, medium] = [
      [...today.values()].filter((l) => l === 'high'),
      [...today.values()].filter((l) => l === 'medium'),
    ]
    expect(high).toHaveLength(1)
    expect(medium.length).toBeGreaterThanOrEqual(2)
    const threeWeeksAgo = levelsOn(demo.decisions, '2026-11-07')
    expect([...threeWeeksAgo.values()]).toContain('high')
    expect(new Set(demo.decisions.map((d) => d.id)).size).toBe(demo.decisions.length)
  })
})
