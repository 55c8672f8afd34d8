import { describe, expect, it } from 'vitest'
import type { Ring } from '@/domain/map/geometry'
import { extentOf, geographicMap } from '@/domain/map/map-geojson'
import { simplifyRing } from '@/domain/map/simplify'

/** A square of side 1 with `perEdge` corners on each edge, slightly jittered (a surveyed boundary). */
function surveyedSquare(perEdge: number, jitter: number): Ring {
  const ring: Ring = []
  const edges: [number, number, number, number][] = [
    [0, 0, 1, 0],
    [1, 0, 1, 1],
    [1, 1, 0, 1],
    [0, 1, 0, 0],
  ]
  for (const [x0, y0, x1, y1] of edges)
    for (let i = 0; i < perEdge; i++) {
      const t = i / perEdge
      const wobble = jitter * Math.sin(i * 1.7)
      ring.push([x0 + (x1 - x0) * t + (y1 - y0) * wobble, y0 + (y1 - y0) * t + (x1 - x0) * wobble])
    }
  ring.push(ring[0])
  return ring
}

describe('simplifying rings for drawing', () => {
  it('keeps the corners and drops what bends the ring by less than the tolerance', () => {
    const ring = surveyedSquare(500, 1e-5)
    const simple = simplifyRing(ring, 1e-4)
    expect(simple.length).toBeLessThan(20)
    expect(simple[0]).toEqual(simple[simple.length - 1])
    for (const corner of [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ])
      expect(simple.some(([x, y]) => Math.abs(x - corner[0]) < 1e-9 && Math.abs(y - corner[1]) < 1e-9)).toBe(true)
  })

  it('keeps detail larger than the tolerance, and leaves small rings alone', () => {
    const ring = surveyedSquare(500, 1e-2)
    expect(simplifyRing(ring, 1e-4).length).toBeGreaterThan(1000)
    const triangle: Ring = [
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ]
    expect(simplifyRing(triangle, 10)).toBe(triangle)
  })

  it('draws 2,000-corner villages with a few corners each, at a 5,000th of the map', () => {
    const ring = surveyedSquare(500, 1e-6).map(([x, y]) => [103 + x * 0.02, 30 + y * 0.02] as [number, number])
    const drawn = geographicMap([{ villageId: 'v1', shape: { type: 'Polygon', coordinates: [ring] } }])
    expect(extentOf([{ type: 'Polygon', coordinates: [ring] }])).toBeCloseTo(0.02, 6)
    const rings = (drawn.features[0].geometry as { coordinates: Ring[] }).coordinates
    expect(rings[0].length).toBeLessThan(50)
  })
})
