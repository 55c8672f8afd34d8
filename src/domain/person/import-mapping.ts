import type { Stamped } from '../common/entity'
import type { EpisodeKind } from './person'
import type { YesNoPolarity } from './yes-no'

/** The register fields a people sheet's columns can map to. */
export type PeopleSheetField =
  | 'name'
  | 'documentType'
  | 'documentNumber'
  | 'sex'
  | 'birthDate'
  | 'phones'
  | 'village'
  | 'grid'
  | 'household'
  | 'address'
  | 'notes'
  | 'kind'
  | 'originText'
  | 'originProvince'
  | 'originCity'
  | 'originCounty'
  | 'originTownship'
  | 'originRisk'
  | 'departureDate'
  | 'arrivalDate'
  | 'transport'
  | 'transportNumber'
  | 'healthCode'
  | 'nucleicAcidDate'
  | 'nucleicAcidResult'
  | 'symptoms'
  | 'fever'
  | 'temperature'
  | 'indexCase'

/**
 * A column mapping remembered per source (a village, a county office, a form): which header feeds which field,
 * and how that source writes yes/no. Reused the next time a sheet from the same source is imported.
 */
export interface ImportMapping extends Stamped {
  /** `map_<ulid>` */
  id: string
  /** What the clerk calls the source, e.g. 青龙村 or 县指挥部协查函; unique. */
  source: string
  /** Header text (normalised) → field. */
  columns: Record<string, PeopleSheetField>
  polarity: YesNoPolarity
  /** Headers (normalised) the clerk chose not to import, so they are not suggested again. */
  ignored?: string[]
  /** 人员类别 of rows whose sheet has no such column (a 返乡人员 sheet: `returnee`). */
  defaultKind?: EpisodeKind
}

/** What applying a mapping needs: the remembered parts of an {@link ImportMapping}, without its identity. */
export type PeopleSheetMapping = Pick<ImportMapping, 'columns' | 'polarity'> & {
  ignored: string[]
  defaultKind: EpisodeKind
}
