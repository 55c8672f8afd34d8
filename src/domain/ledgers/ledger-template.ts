import type { Stamped } from '../common/entity'
import type { Problem } from '../common/result'
import type { LedgerColumnDef, LedgerRegister } from './ledger-register'

/** How dates are written in a ledger. */
export type LedgerDateFormat = 'YYYY-MM-DD' | 'YYYY/MM/DD' | 'YYYY年M月D日' | 'YYYYMMDD' | 'M月D日'

/** The date formats a template may choose, in the order the editor offers them. */
export const LEDGER_DATE_FORMATS: readonly LedgerDateFormat[] = [
  'YYYY-MM-DD',
  'YYYY/MM/DD',
  'YYYY年M月D日',
  'YYYYMMDD',
  'M月D日',
]

/** One exported column: which register column, under which header. */
export interface LedgerTemplateColumn {
  key: string
  header: string
}

/**
 * 导出模板: the county's column order and titles for one register, chosen once and reused for every export
 * (and the ledgers in a data pack). One per register: its id is the register's key.
 */
export interface LedgerTemplate extends Stamped {
  id: string
  /** The title row above the headers; empty: no title row. */
  title: string
  dateFormat: LedgerDateFormat
  /** The exported columns, in order; columns left out are not exported. */
  columns: LedgerTemplateColumn[]
}

/** What the editor saves (the stamps are added on write). */
export type LedgerTemplateInput = Pick<LedgerTemplate, 'id' | 'title' | 'dateFormat' | 'columns'>

/** The template a register exports with until the county chooses its own: every column, default titles. */
export function defaultLedgerTemplate(register: LedgerRegister): LedgerTemplateInput {
  return {
    id: register.key,
    title: register.title,
    dateFormat: 'YYYY-MM-DD',
    columns: register.columns.map((c) => ({ key: c.key, header: c.title })),
  }
}

/** Longest header and title accepted (a header is one cell; a title one merged row). */
export const MAX_HEADER_LENGTH = 40
export const MAX_TITLE_LENGTH = 80

/** Problems with a template for a register (codes under `problems.ledger.`). */
export function ledgerTemplateProblems(template: LedgerTemplateInput, register: LedgerRegister): Problem[] {
  const problems: Problem[] = []
  const known = new Set(register.columns.map((c) => c.key))
  if (!template.columns.length) problems.push({ field: 'columns', code: 'ledger.noColumns' })
  if ([...template.title].length > MAX_TITLE_LENGTH)
    problems.push({ field: 'title', code: 'ledger.titleTooLong', params: { max: MAX_TITLE_LENGTH } })
  if (!LEDGER_DATE_FORMATS.includes(template.dateFormat))
    problems.push({ field: 'dateFormat', code: 'ledger.unknownDateFormat' })
  const seen = new Set<string>()
  const headers = new Set<string>()
  template.columns.forEach((c, i) => {
    const field = `columns.${i}`
    if (!known.has(c.key)) problems.push({ field, code: 'ledger.unknownColumn', params: { key: c.key } })
    if (seen.has(c.key)) problems.push({ field, code: 'ledger.repeatedColumn', params: { key: c.key } })
    seen.add(c.key)
    const header = c.header.trim()
    if (!header) problems.push({ field, code: 'ledger.headerRequired', params: { n: i + 1 } })
    else if ([...header].length > MAX_HEADER_LENGTH)
      problems.push({ field, code: 'ledger.headerTooLong', params: { n: i + 1, max: MAX_HEADER_LENGTH } })
    else if (headers.has(header)) problems.push({ field, code: 'ledger.repeatedHeader', params: { header } })
    headers.add(header)
  })
  return problems
}

/**
 * The template's columns resolved against the register: unknown keys (a column a later version removed) are
 * dropped, so an old template never breaks an export.
 */
export function templateColumns(
  template: LedgerTemplateInput,
  register: LedgerRegister,
): (LedgerColumnDef & { header: string })[] {
  const defs = new Map(register.columns.map((c) => [c.key, c]))
  return template.columns.flatMap((c) => {
    const def = defs.get(c.key)
    return def ? [{ ...def, header: c.header.trim() || def.title }] : []
  })
}
