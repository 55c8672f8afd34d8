import type { LocalDate } from '@/domain/common/entity'
import { localToday } from '@/domain/person/dates'
import { spendingBySource, type SourceSpending } from '@/domain/supplies/spending'
import { addDays } from '@/domain/supplies/stock-dates'
import type { SupplyDay } from '@/domain/supplies/stock-document'
import type { CommandPostDatabase } from '@/db/database'
import { daysBetween } from '@/db/repositories/stock-query-repository'

/** What the charts tab draws besides the overview: 30 days of figures and spending by source. */
export interface SupplyCharts {
  days: SupplyDay[]
  spending: SourceSpending[]
}

/** Reads the last 30 days of daily figures and every receipt and reversal (a township has hundreds, not more). */
export async function loadCharts(db: CommandPostDatabase, today: LocalDate = localToday()): Promise<SupplyCharts> {
  const [days, documents] = await Promise.all([
    daysBetween(db, addDays(today, -30), today),
    db.stockDocuments.toArray(),
  ])
  return { days, spending: spendingBySource(documents.filter((d) => d.kind === 'receipt' || d.kind === 'reversal')) }
}
