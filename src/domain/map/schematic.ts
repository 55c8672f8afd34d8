import type { Ring, Shape } from './geometry'
import type { SchematicTile } from './map-layer'

/** A square-ish grid for `count` tiles: as many columns as rows, one more column when it does not fit. */
export function gridColumns(count: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(count * 1.4)))
}

/**
 * Tiles for villages that have none yet, placed in the free cells in reading order after the existing ones, so
 * adding a village never moves a tile the user arranged.
 */
export function placeMissingTiles(villageIds: readonly string[], tiles: readonly SchematicTile[]): SchematicTile[] {
  const placed = new Map(tiles.map((t) => [t.villageId, t]))
  const taken = new Set(tiles.map((t) => `${t.col},${t.row}`))
  const columns = gridColumns(villageIds.length)
  const out: SchematicTile[] = []
  let cell = 0
  for (const villageId of villageIds) {
    const existing = placed.get(villageId)
    if (existing) {
      out.push(existing)
      continue
    }
    while (taken.has(`${cell % columns},${Math.floor(cell / columns)}`)) cell++
    const tile = { villageId, col: cell % columns, row: Math.floor(cell / columns) }
    taken.add(`${tile.col},${tile.row}`)
    out.push(tile)
  }
  return out
}

/** Moves a tile to a cell; a tile already there swaps into the moved tile's old cell. */
export function moveTile(
  tiles: readonly SchematicTile[],
  villageId: string,
  col: number,
  row: number,
): SchematicTile[] {
  const moving = tiles.find((t) => t.villageId === villageId)
  if (!moving) return [...tiles]
  return tiles.map((t) => {
    if (t.villageId === villageId) return { ...t, col, row }
    if (t.col === col && t.row === row) return { ...t, col: moving.col, row: moving.row }
    return t
  })
}

const GAP = 0.06

/**
 * A tile as a square polygon in schematic space (x to the right, y up; one unit a tile), so the schematic map is
 * drawn by the same map series as real geometry.
 */
export function tileShape(tile: SchematicTile): Shape {
  const [x0, y0] = [tile.col + GAP, -tile.row - 1 + GAP]
  const [x1, y1] = [tile.col + 1 - GAP, -tile.row - GAP]
  const ring: Ring = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ]
  return { type: 'Polygon', coordinates: [ring] }
}
