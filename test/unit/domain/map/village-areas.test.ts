import { describe, expect, it } from 'vitest'
import type { LonLat } from '@/domain/map/coordinates'
import { ringArea, type Ring, type Shape } from '@/domain/map/geometry'
import { moveTile, placeMissingTiles, tileShape } from '@/domain/map/schematic'
import { bufferedHull, clipToConvex, typicalSpacing, voronoiAreas } from '@/domain/map/village-areas'

const area = (shape: Shape | undefined) =>
  !shape || shape.type === 'Point'
    ? 0
    : (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates).reduce(
        (s, p) => s + Math.abs(ringArea(p[0])),
        0,
      )
const square: Ring = [
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
  [0, 0],
]

describe('village areas from points', () => {
  it('clips a ring to a convex cell', () => {
    const clipped = clipToConvex(square, [
      [2, -1],
      [6, -1],
      [6, 6],
      [2, 6],
      [2, -1],
    ])
    expect(Math.abs(ringArea(clipped!))).toBeCloseTo(8, 10)
    expect(
      clipToConvex(square, [
        [10, 10],
        [11, 10],
        [11, 11],
        [10, 10],
      ]),
    ).toBeUndefined()
  })

  it('shares the township boundary out between the villages, exactly', () => {
    const points: LonLat[] = [
      [1, 1],
      [3, 1],
      [1, 3],
      [3, 3],
      [2, 2.2],
    ]
    const boundary: Shape = { type: 'Polygon', coordinates: [square] }
    const areas = voronoiAreas(points, boundary)
    expect(areas.every((a) => a !== undefined)).toBe(true)
    expect(areas.reduce((s, a) => s + area(a), 0)).toBeCloseTo(16, 8)
  })

  it('clips to a concave boundary too, keeping cells inside it', () => {
    const ell: Ring = [
      [0, 0],
      [4, 0],
      [4, 2],
      [2, 2],
      [2, 4],
      [0, 4],
      [0, 0],
    ]
    const areas = voronoiAreas(
      [
        [1, 1],
        [3, 1],
        [1, 3],
      ],
      { type: 'Polygon', coordinates: [ell] },
    )
    expect(areas.reduce((s, a) => s + area(a), 0)).toBeCloseTo(12, 8)
  })

  it('uses a buffered hull of the points when there is no boundary', () => {
    const points: LonLat[] = [
      [102.9, 30.1],
      [102.92, 30.1],
      [102.9, 30.12],
      [102.92, 30.12],
    ]
    const hull = bufferedHull(points, 0.005)
    expect(Math.abs(ringArea(hull))).toBeGreaterThan(0.02 * 0.02)
    const areas = voronoiAreas(points)
    const total = areas.reduce((s, a) => s + area(a), 0)
    expect(total).toBeCloseTo(Math.abs(ringArea(bufferedHull(points, typicalSpacing(points)))), 8)
  })
})

describe('the schematic', () => {
  it('places new villages in free cells without moving arranged tiles', () => {
    const tiles = placeMissingTiles(['a', 'b', 'c'], [{ villageId: 'b', col: 0, row: 0 }])
    expect(tiles).toEqual([
      { villageId: 'a', col: 1, row: 0 },
      { villageId: 'b', col: 0, row: 0 },
      { villageId: 'c', col: 2, row: 0 },
    ])
  })

  it('swaps tiles when one is moved onto another', () => {
    const tiles = [
      { villageId: 'a', col: 0, row: 0 },
      { villageId: 'b', col: 1, row: 0 },
    ]
    expect(moveTile(tiles, 'a', 1, 0)).toEqual([
      { villageId: 'a', col: 1, row: 0 },
      { villageId: 'b', col: 0, row: 0 },
    ])
    expect(tileShape({ villageId: 'a', col: 2, row: 1 }).type).toBe('Polygon')
  })
})
