import type { Retirable, Stamped } from '../common/entity'

/** 村 (village) or 社区 (urban community); read from the village digits of the code. */
export type VillageKind = 'village' | 'community'

/** A named contact at the village: secretary 村支书, doctor 村医, grid member 网格员. */
export interface Contact {
  name: string
  phone: string
}

/** 网格 / 村民小组: a part of a village with its grid members. */
export interface Grid {
  id: string
  name: string
  members: Contact[]
}

/** 村 / 社区: one village or community of the township. */
export interface Village extends Stamped, Retirable {
  id: string
  /** 12-digit 统计用区划代码, always text. Unique among villages. */
  code: string
  name: string
  kind: VillageKind
  /** 城乡分类代码 (111 主城区 … 220 村庄), 3 digits, text; empty when unknown. */
  urbanRuralClass: string
  population: number
  households: number
  secretary: Contact
  doctor: Contact
  grids: Grid[]
  /** Order in lists; follows the code by default. */
  sortOrder: number
}

/** What a user enters for a village; the repository adds id and stamps. */
export type VillageInput = Pick<
  Village,
  'code' | 'name' | 'urbanRuralClass' | 'population' | 'households' | 'secretary' | 'doctor' | 'grids'
>

/** 城乡分类代码 of the national code table, with their names. */
export const URBAN_RURAL_CLASSES: Record<string, string> = {
  '111': '主城区',
  '112': '城乡结合区',
  '121': '镇中心区',
  '122': '镇乡结合区',
  '123': '特殊区域',
  '210': '乡中心区',
  '220': '村庄',
}

/** An empty contact, for new forms. */
export function emptyContact(): Contact {
  return { name: '', phone: '' }
}
