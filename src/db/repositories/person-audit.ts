import type { AuditEntry } from '@/domain/audit/audit-entry'
import { maskDocumentNumber, maskPhone } from '@/domain/person/mask'
import type { DuplicateReason } from '@/domain/person/matching'
import type { Episode, EpisodeKind, Person } from '@/domain/person/person'

/** 人员类别 as the audit screen shows them: summaries are stored text, read by clerks. */
const KIND_NAMES: Record<EpisodeKind, string> = {
  returnee: '外出返乡',
  incoming: '外来',
  inbound: '入境',
  'close-contact': '密接',
  'secondary-contact': '次密接',
  'county-list': '县级推送',
}

/** `张三 110101********2316`: the audit log never holds a full document number. */
export function personSummary(person: Pick<Person, 'name' | 'documentNumber'>): string {
  return person.documentNumber === '' ? person.name : `${person.name} ${maskDocumentNumber(person.documentNumber)}`
}

/** `张三 110101********2316：外出返乡 2021-01-08` */
export function episodeSummary(
  person: Pick<Person, 'name' | 'documentNumber'>,
  episode: Pick<Episode, 'kind' | 'arrivalDate'>,
): string {
  const arrival = episode.arrivalDate === '' ? '' : ` ${episode.arrivalDate}`
  return `${personSummary(person)}：${KIND_NAMES[episode.kind]}${arrival}`
}

function maskValue(field: string, value: unknown): unknown {
  if (field === 'documentNumber' && typeof value === 'string') return maskDocumentNumber(value)
  if (field === 'phones' && Array.isArray(value)) return value.map((phone) => maskPhone(String(phone)))
  return value
}

/** Field changes with document numbers and phones masked, so an edit's audit line shows what changed, not the number. */
export function maskedChanges(changes: NonNullable<AuditEntry['changes']>): NonNullable<AuditEntry['changes']> {
  const masked: NonNullable<AuditEntry['changes']> = {}
  for (const [field, { before, after }] of Object.entries(changes))
    masked[field] = { before: maskValue(field, before), after: maskValue(field, after) }
  return masked
}

const REASON_NAMES: Record<DuplicateReason, string> = {
  sameDocument: '证件号码相同',
  namePhone: '同名同电话',
  nameBirthDate: '同名同出生日期',
  documentOneOff: '证件号码差一位',
  documentSwapped: '证件号码两位颠倒',
}

type Named = Pick<Person, 'name' | 'documentNumber'> | undefined

/** `张三 110101********2316 ↔ 张三 110101********2361：证件号码两位颠倒` */
export function duplicateSummary(person: Named, other: Named, reasons: readonly DuplicateReason[]): string {
  const side = (p: Named) => (p ? personSummary(p) : '?')
  return `${side(person)} ↔ ${side(other)}：${reasons.map((r) => REASON_NAMES[r]).join('、')}`
}
