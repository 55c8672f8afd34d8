import type { LocalDate, Retirable, Stamped } from '../common/entity'
import type { Contact } from '../township/village'

/** 证件类型: resident ID 身份证, HK/Macao/Taiwan residence permit 港澳台居民居住证, passport 护照, foreigner's permanent residence card 外国人永久居留身份证, none 无. */
export type DocumentType = 'resident-id' | 'hmt-permit' | 'passport' | 'foreign-permanent' | 'none'

/**
 * What the document-number check found. `needs-checking`: saved as typed but failed a check (length, date,
 * check character) — shown with a flag, never a hard block. `damaged`: Excel destroyed digits (`1.10101E+17`,
 * last three digits `000`), the real number must be asked again.
 */
export type DocumentCheck = 'ok' | 'needs-checking' | 'damaged' | 'not-checked'

/** 性别 */
export type Sex = 'male' | 'female' | 'unknown'

/** 五包一: the five people responsible for a person under watch. */
export interface ResponsiblePeople {
  /** 乡镇干部 */
  townshipCadre: Contact
  /** 村干部 */
  villageCadre: Contact
  /** 民警 */
  police: Contact
  /** 村医 */
  doctor: Contact
  /** 网格员 */
  gridMember: Contact
}

/** A person the command post watches: registered once, with any number of episodes. */
export interface Person extends Stamped, Retirable {
  /** `per_<ulid>` */
  id: string
  documentType: DocumentType
  /** Normalised number (upper-case X, half-width digits, no spaces); '' when there is none. */
  documentNumber: string
  documentCheck: DocumentCheck
  name: string
  sex: Sex
  /** `YYYY-MM-DD`, or '' when unknown. Derived from a resident ID but editable. */
  birthDate: LocalDate
  /** Normalised phones: mobiles as 11 digits, landlines as typed. */
  phones: string[]
  /** Village id, or '' when not yet assigned. */
  villageId: string
  /** Grid id within the village, or ''. */
  gridId: string
  /** 户 / household: head of household or household number as the village knows it. */
  household: string
  /** 现住址 */
  address: string
  notes: string
  responsible: ResponsiblePeople
  /** Set when this record was merged into another person: it no longer shows in lists. */
  mergedInto?: string
}

/** 人员类别 of an episode: why the person came to the command post's attention this time. */
export type EpisodeKind =
  | 'returnee' // 外出返乡
  | 'incoming' // 外来
  | 'inbound' // 入境
  | 'close-contact' // 密接
  | 'secondary-contact' // 次密接
  | 'county-list' // 县级推送名单

/** The origin's risk level on the travel date: a recorded fact, never computed. */
export type RiskLevel = 'none' | 'low' | 'medium' | 'high' | 'unknown'

/** 健康码 colour as seen. */
export type HealthCodeColour = 'green' | 'yellow' | 'red' | ''

/** 核酸 result as shown on the proof. */
export type TestResult = 'negative' | 'positive' | 'pending' | ''

/** 交通方式 */
export type Transport = 'train' | 'flight' | 'car' | 'bus' | 'ship' | 'other' | ''

/** Where a person came from: free text by level, and the area code where known. */
export interface Origin {
  province: string
  city: string
  county: string
  township: string
  village: string
  /** 6- to 12-digit area code, text; '' when unknown. */
  areaCode: string
}

/** One reason a person is watched: a return, an arrival, a contact with a case, a county-list row. */
export interface Episode extends Stamped {
  /** `epi_<ulid>` */
  id: string
  personId: string
  kind: EpisodeKind
  origin: Origin
  originRisk: RiskLevel
  departureDate: LocalDate
  arrivalDate: LocalDate
  transport: Transport
  /** Train / flight / plate number. */
  transportNumber: string
  healthCode: { colour: HealthCodeColour; seenOn: LocalDate }
  nucleicAcid: { date: LocalDate; result: TestResult }
  /** Symptoms at registration, e.g. 发热, 干咳. Empty when none. */
  symptoms: string[]
  /** For a close contact: the index case (a person id or a description). */
  indexCase: string
  /** For a secondary contact: the close contact's person id. */
  contactOf: string
  /** How the episode entered the register. */
  source: 'form' | 'line-list' | 'import' | 'county-list'
  /** File name and row, or county-list id and row, for imported episodes. */
  sourceRef: string
}
