import { toReportFigures } from '@/domain/reports/report-figure-lines'
import { listActiveVillages } from '@/db/repositories/village-repository'
import type { ReportFigureSource } from './report-figures-source'

/**
 * The report's figures from the shared figure definitions. (Until feature/board's figures are merged, the
 * villages are listed with no figures.)
 */
export const reportFigures: ReportFigureSource = async (db, _period, now) => {
  const villages = await listActiveVillages(db)
  return toReportFigures(
    {},
    villages.map((v) => ({ villageId: v.id, villageName: v.name, figures: {} })),
    now,
  )
}
