import type { LedgerColumnKind, LedgerRegister } from '@/domain/ledgers/ledger-register'
import type { LedgerDateFormat, LedgerTemplateInput } from '@/domain/ledgers/ledger-template'

/** One row of the template editor: a register column, whether it is exported, and its header. */
export interface DraftColumn {
  key: string
  title: string
  kind: LedgerColumnKind
  include: boolean
  header: string
}

/** What the editor edits: the template with every register column (the excluded ones after the chosen ones). */
export interface LedgerDraft {
  id: string
  title: string
  dateFormat: LedgerDateFormat
  columns: DraftColumn[]
}

/** The editor's draft of a template. */
export function draftOf(register: LedgerRegister, template: LedgerTemplateInput): LedgerDraft {
  const defs = new Map(register.columns.map((c) => [c.key, c]))
  const chosen: DraftColumn[] = template.columns.flatMap((c) => {
    const def = defs.get(c.key)
    return def ? [{ key: c.key, title: def.title, kind: def.kind, include: true, header: c.header }] : []
  })
  const taken = new Set(chosen.map((c) => c.key))
  const rest = register.columns
    .filter((c) => !taken.has(c.key))
    .map((c) => ({ key: c.key, title: c.title, kind: c.kind, include: false, header: c.title }))
  return { id: template.id, title: template.title, dateFormat: template.dateFormat, columns: [...chosen, ...rest] }
}

/** The template a draft saves. */
export function templateOfDraft(draft: LedgerDraft): LedgerTemplateInput {
  return {
    id: draft.id,
    title: draft.title,
    dateFormat: draft.dateFormat,
    columns: draft.columns.filter((c) => c.include).map((c) => ({ key: c.key, header: c.header })),
  }
}

/** Moves a column one place up (-1) or down (+1). */
export function moveColumn(draft: LedgerDraft, index: number, step: -1 | 1): void {
  const target = index + step
  if (target < 0 || target >= draft.columns.length) return
  const columns = draft.columns
  ;[columns[index], columns[target]] = [columns[target], columns[index]]
}

/**
 * A template problem's field in the editor's rows: `columns.<n>` counts exported columns only, the editor lists
 * the columns left out too.
 */
export function draftField(draft: LedgerDraft, field: string): string {
  const m = /^columns\.(\d+)$/.exec(field)
  if (!m) return field
  const rows = draft.columns.flatMap((c, i) => (c.include ? [i] : []))
  return `columns.${rows[Number(m[1])] ?? m[1]}`
}
