import type { LonLat } from '@/domain/map/coordinates'
import type { Ring } from '@/domain/map/geometry'

// Geometry of benchmark size: 60 villages in a 10×6 block around 102.9 E, 30.1 N, each a cell whose edges are
// surveyed-boundary wiggly (a sine wobble of a few metres), and 5,000 markers scattered over them.

export const COLUMNS = 10
export const ROWS = 6
const [X0, Y0, DX, DY] = [102.9, 30.1, 0.012, 0.012]

/** A cell's ring with `perEdge` vertices on each edge, counter-clockwise, closed. Neighbours share their edges. */
export function cellRing(index: number, perEdge: number): Ring {
  const [c, r] = [index % COLUMNS, Math.floor(index / COLUMNS)]
  const corner = (i: number, j: number): LonLat => [X0 + (c + i) * DX, Y0 + (r + j) * DY]
  // Zero at the corners (the sin(πt) envelope), so edges meet cleanly and the rings stay simple.
  const wobble = (t: number, along: number, seed: number) =>
    Math.sin(along * 4000 + seed) * Math.sin(Math.PI * t) * 0.00004
  const ring: Ring = []
  const edge = (from: LonLat, to: LonLat, seed: number, horizontal: boolean) => {
    for (let k = 0; k < perEdge; k++) {
      const t = k / perEdge
      const x = from[0] + (to[0] - from[0]) * t
      const y = from[1] + (to[1] - from[1]) * t
      ring.push(horizontal ? [x, y + wobble(t, x, seed)] : [x + wobble(t, y, seed), y])
    }
  }
  edge(corner(0, 0), corner(1, 0), r, true)
  edge(corner(1, 0), corner(1, 1), c + 1, false)
  edge(corner(1, 1), corner(0, 1), r + 1, true)
  edge(corner(0, 1), corner(0, 0), c, false)
  ring.push(ring[0])
  return ring
}

/** `count` markers spread over the block, deterministic. */
export function markers(count: number): LonLat[] {
  return Array.from({ length: count }, (_, i) => {
    const u = (Math.sin(i * 12.9898) * 43758.5453) % 1
    const v = (Math.sin(i * 78.233) * 12345.6789) % 1
    return [X0 + Math.abs(u) * COLUMNS * DX, Y0 + Math.abs(v) * ROWS * DY]
  })
}

/** The township's outline around the block. */
export function townshipRing(): Ring {
  const [x1, y1] = [X0 + COLUMNS * DX, Y0 + ROWS * DY]
  return [
    [X0, Y0],
    [x1, Y0],
    [x1, y1],
    [X0, y1],
    [X0, Y0],
  ]
}

/** A GeoJSON FeatureCollection of the 60 villages, `perEdge` vertices an edge, named and coded as a GIS export. */
export function villagesGeoJson(villages: { code: string; name: string }[], perEdge: number): string {
  const features = villages.map((v, i) => ({
    type: 'Feature',
    properties: { name: v.name, code: `${v.code}.0` },
    geometry: { type: 'Polygon', coordinates: [cellRing(i, perEdge).map(([x, y]) => [+x.toFixed(7), +y.toFixed(7)])] },
  }))
  return JSON.stringify({ type: 'FeatureCollection', features })
}
