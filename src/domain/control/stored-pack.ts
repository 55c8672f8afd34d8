import type { Stamped } from '../common/entity'
import type { RulePack } from './rule-pack'

/**
 * 本地规则包: a pack written or overridden at this command post, stored one row per version next to the shipped
 * national packs (which are code). The row's id is `<pack id>@<version>`; a pack's versions are never edited.
 */
export interface StoredPack extends Stamped {
  id: string
  pack: RulePack
}

/** The row id of a pack version. */
export function storedPackId(pack: Pick<RulePack, 'id' | 'version'>): string {
  return `${pack.id}@${pack.version}`
}
