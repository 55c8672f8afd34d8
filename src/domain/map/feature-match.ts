import { villageNameKey } from '../county-list/village-match'
import { readAreaCode } from '../township/area-code'
import type { PreparedFeature } from './prepare-features'

/** What matching needs of a village. */
export interface MatchableVillage {
  id: string
  code: string
  name: string
}

/** How a feature found its village: by code, by name, or not (unmatched, ambiguous, or its geometry is bad). */
export type MatchStatus = 'matched' | 'unmatched' | 'ambiguous' | 'invalid'

/** One row of the review table: a feature and the village it goes to. */
export interface FeatureMatch {
  feature: PreparedFeature
  status: MatchStatus
  /** The village chosen (matched) or undefined. */
  villageId?: string
  /** `code` / `name` for a match; for an ambiguous row, the villages it could be. */
  by?: 'code' | 'name'
  candidates: string[]
  /** The file's code was a float (`511826100201.0`) or full-width and was repaired. */
  codeRepaired: boolean
}

function byName(name: string, villages: readonly MatchableVillage[]): MatchableVillage[] {
  const key = villageNameKey(name)
  return key === '' ? [] : villages.filter((v) => villageNameKey(v.name) === key)
}

function matchOne(feature: PreparedFeature, villages: readonly MatchableVillage[]): FeatureMatch {
  const code = readAreaCode(feature.code)
  const codeRepaired = code.ok && code.repaired !== undefined
  if (feature.problem) return { feature, status: 'invalid', candidates: [], codeRepaired }
  const byCode = code.ok ? villages.find((v) => v.code === code.code) : undefined
  if (byCode) return { feature, status: 'matched', villageId: byCode.id, by: 'code', candidates: [], codeRepaired }
  const named = byName(feature.name, villages)
  if (named.length === 1)
    return { feature, status: 'matched', villageId: named[0].id, by: 'name', candidates: [], codeRepaired }
  if (named.length > 1) return { feature, status: 'ambiguous', candidates: named.map((v) => v.id), codeRepaired }
  return { feature, status: 'unmatched', candidates: [], codeRepaired }
}

/**
 * Matches features to villages: by 12-digit code first (float and full-width codes repaired), else by name with
 * the suffix ignored (新华村委会 = 新华村 = 新华). Two features claiming one village are both marked ambiguous,
 * with that village as their candidate: the reviewer decides which one it is.
 */
export function matchFeatures(
  features: readonly PreparedFeature[],
  villages: readonly MatchableVillage[],
): FeatureMatch[] {
  const rows = features.map((f) => matchOne(f, villages))
  const claims = new Map<string, FeatureMatch[]>()
  for (const row of rows) if (row.villageId) claims.set(row.villageId, [...(claims.get(row.villageId) ?? []), row])
  for (const [villageId, claimants] of claims) {
    if (claimants.length < 2) continue
    for (const row of claimants)
      Object.assign(row, { status: 'ambiguous', villageId: undefined, by: undefined, candidates: [villageId] })
  }
  return rows
}

/** Counts of the review table's rows by status. */
export function matchCounts(rows: readonly FeatureMatch[]): Record<MatchStatus, number> {
  const counts: Record<MatchStatus, number> = { matched: 0, unmatched: 0, ambiguous: 0, invalid: 0 }
  for (const row of rows) counts[row.status]++
  return counts
}
