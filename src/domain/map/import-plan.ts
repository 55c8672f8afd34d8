import type { Problem } from '../common/result'
import type { CoordinateSystem } from './coordinates'
import { matchFeatures, type FeatureMatch, type MatchableVillage } from './feature-match'
import type { Ring } from './geometry'
import type { LayerShape, MapLayerKind } from './map-layer'
import type { PreparedFeature } from './prepare-features'

/** What a file is for: the villages (areas or points, whichever it holds) or the township's boundary. */
export type ImportTarget = 'villages' | 'township'

/** The review step of a map import: every feature and where it goes. Nothing is saved yet. */
export interface MapImportPreview {
  fileName: string
  system: CoordinateSystem
  target: ImportTarget
  /** The layer the import will replace. */
  layerKind: MapLayerKind
  rows: FeatureMatch[]
  skipped: number
  swapped: boolean
}

/** What the reviewer decided for rows: feature index → village id ('' leaves the feature out). */
export type ReviewChoices = Record<number, string>

function invalid(feature: PreparedFeature, code: string): FeatureMatch {
  const name = feature.name || `#${feature.index + 1}`
  const problem: Problem = { field: name, code, params: { name } }
  return { feature: { ...feature, problem }, status: 'invalid', candidates: [], codeRepaired: false }
}

/**
 * Builds the review of a prepared file. For the villages, a file holding mostly points becomes the village
 * points layer and one holding polygons the village areas layer; a feature of the other kind is marked invalid.
 * For the township, every valid polygon is part of the boundary.
 */
export function planMapImport(
  file: { fileName: string; system: CoordinateSystem; features: PreparedFeature[]; skipped: number; swapped: boolean },
  target: ImportTarget,
  villages: readonly MatchableVillage[],
): MapImportPreview {
  const base = { fileName: file.fileName, system: file.system, target, skipped: file.skipped, swapped: file.swapped }
  if (target === 'township') {
    const rows = file.features.map((f): FeatureMatch => {
      if (f.problem) return { feature: f, status: 'invalid', candidates: [], codeRepaired: false }
      if (f.shape.type === 'Point') return invalid(f, 'mapImport.townshipNeedsPolygon')
      return { feature: f, status: 'matched', villageId: '', candidates: [], codeRepaired: false }
    })
    return { ...base, layerKind: 'township', rows }
  }
  const points = file.features.filter((f) => f.shape.type === 'Point').length
  const layerKind: MapLayerKind = points > file.features.length / 2 ? 'villagePoints' : 'villageAreas'
  const wrongKind = (f: PreparedFeature) => (f.shape.type === 'Point') !== (layerKind === 'villagePoints')
  const usable = file.features.filter((f) => !wrongKind(f))
  const matched = new Map(matchFeatures(usable, villages).map((row) => [row.feature.index, row]))
  const rows = file.features.map((f) => matched.get(f.index) ?? invalid(f, 'mapImport.mixedKinds'))
  return { ...base, layerKind, rows }
}

/** The village a row goes to after review: the reviewer's choice, else its match. */
export function chosenVillage(row: FeatureMatch, choices: ReviewChoices): string | undefined {
  const choice = choices[row.feature.index]
  if (choice !== undefined) return choice === '' ? undefined : choice
  return row.status === 'matched' ? row.villageId : undefined
}

/**
 * The shapes to save after review, or the problem that stops the save: nothing chosen, or one village given
 * two features. Invalid rows are never saved. The township's polygons become one shape.
 */
export function shapesToSave(
  preview: MapImportPreview,
  choices: ReviewChoices,
): { shapes: LayerShape[] } | { problem: Problem } {
  const rows = preview.rows.filter((r) => r.status !== 'invalid')
  if (preview.target === 'township') {
    const polygons: Ring[][] = rows.flatMap((r) =>
      r.feature.shape.type === 'Polygon'
        ? [r.feature.shape.coordinates]
        : r.feature.shape.type === 'MultiPolygon'
          ? r.feature.shape.coordinates
          : [],
    )
    if (polygons.length === 0) return { problem: { field: 'file', code: 'mapImport.nothingToSave' } }
    const shape =
      polygons.length === 1
        ? { type: 'Polygon' as const, coordinates: polygons[0] }
        : { type: 'MultiPolygon' as const, coordinates: polygons }
    return { shapes: [{ villageId: '', shape }] }
  }
  const shapes: LayerShape[] = []
  const seen = new Set<string>()
  for (const row of rows) {
    const villageId = chosenVillage(row, choices)
    if (!villageId) continue
    if (seen.has(villageId))
      return { problem: { field: 'file', code: 'mapImport.villageTwice', params: { row: row.feature.index + 1 } } }
    seen.add(villageId)
    shapes.push({ villageId, shape: row.feature.shape })
  }
  return shapes.length ? { shapes } : { problem: { field: 'file', code: 'mapImport.nothingToSave' } }
}
