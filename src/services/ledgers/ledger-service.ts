import type { Actor } from '@/domain/accounts/user'
import { ValidationError } from '@/domain/common/result'
import { localToday } from '@/domain/person/dates'
import { ledgerRegister } from '@/domain/ledgers/ledger-registers'
import type { LedgerRegister } from '@/domain/ledgers/ledger-register'
import { buildLedgerTable } from '@/domain/ledgers/ledger-table'
import {
  defaultLedgerTemplate,
  ledgerTemplateProblems,
  type LedgerTemplate,
  type LedgerTemplateInput,
} from '@/domain/ledgers/ledger-template'
import type { CommandPostDatabase } from '@/db/database'
import { readLedgerData } from '@/db/repositories/ledger-source-repository'
import {
  recordLedgerExport,
  removeLedgerTemplate,
  saveLedgerTemplate,
} from '@/db/repositories/ledger-template-repository'
import { ledgerFile, type LedgerFormat } from './ledger-workbook'

export type { LedgerFormat }

function registerOf(key: string): LedgerRegister {
  const register = ledgerRegister(key)
  if (!register) throw new ValidationError([{ field: 'register', code: 'ledger.unknownRegister', params: { key } }])
  return register
}

/** The template a register exports with: the saved one, or its default. */
export function templateFor(templates: readonly LedgerTemplateInput[], register: LedgerRegister): LedgerTemplateInput {
  return templates.find((t) => t.id === register.key) ?? defaultLedgerTemplate(register)
}

/** Checks and saves a register's export template (audited). */
export async function saveTemplate(
  db: CommandPostDatabase,
  actor: Actor,
  input: LedgerTemplateInput,
): Promise<LedgerTemplate> {
  const register = registerOf(input.id)
  const cleaned = {
    ...input,
    title: input.title.trim(),
    columns: input.columns.map((c) => ({ ...c, header: c.header.trim() })),
  }
  const problems = ledgerTemplateProblems(cleaned, register)
  if (problems.length) throw new ValidationError(problems)
  return saveLedgerTemplate(db, actor, cleaned, register.title)
}

/** Drops a register's template: it exports with the default columns again (audited). */
export function resetTemplate(db: CommandPostDatabase, actor: Actor, key: string): Promise<void> {
  return removeLedgerTemplate(db, actor, key, registerOf(key).title)
}

/** A ledger file ready to save. */
export interface ExportedLedger {
  fileName: string
  bytes: Uint8Array
  rows: number
}

/** The file name of a ledger: its title and the day, never a person's name or number. */
export function ledgerFileName(register: LedgerRegister, format: LedgerFormat, day: string): string {
  return `${register.title}_${day.replace(/-/g, '')}.${format}`
}

/**
 * Exports one register as a ledger with the given template: every row, masked unless `reveal`
 * (people.reveal or packs.full), with an audit line (a file holding personal data leaves the app).
 */
export async function exportLedger(
  db: CommandPostDatabase,
  actor: Actor,
  request: { register: string; template: LedgerTemplateInput; format: LedgerFormat; reveal: boolean },
  now: Date = new Date(),
): Promise<ExportedLedger> {
  const register = registerOf(request.register)
  const problems = ledgerTemplateProblems(request.template, register)
  if (problems.length) throw new ValidationError(problems)
  const data = await readLedgerData(db, register.tables)
  const table = buildLedgerTable(register, request.template, data, request.reveal)
  const bytes = await ledgerFile(table, request.format)
  const fileName = ledgerFileName(register, request.format, localToday(now))
  const profile = request.reveal ? '完整' : '脱敏'
  await recordLedgerExport(db, actor, register.key, `${fileName}（${profile}，${table.rows.length} 行）`)
  return { fileName, bytes, rows: table.rows.length }
}
