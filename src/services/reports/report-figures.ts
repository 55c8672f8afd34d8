import { windowOf } from '@/domain/figures/figure-window'
import { toReportFigures } from '@/domain/reports/report-figure-lines'
import { listActiveVillages } from '@/db/repositories/village-repository'
import { townshipFigures, villageFigures } from '../figures/township-figures'
import type { ReportFigureSource } from './report-figures-source'

/**
 * The report's figures from the shared figure definitions (docs/figures.md): `townshipFigures` over the report's
 * window for the paragraphs, `villageFigures` of each active village for the table by village. Nothing is counted
 * here, so the report and the dispatch board always say the same numbers.
 */
export const reportFigures: ReportFigureSource = async (db, period, now) => {
  const window = windowOf(period.from, period.to)
  const villages = await listActiveVillages(db)
  const [township, byVillage] = await Promise.all([
    townshipFigures(db, window, now),
    Promise.all(villages.map((v) => villageFigures(db, v.id, window, now))),
  ])
  return toReportFigures(
    township.figures,
    byVillage.map((f, i) => ({ villageId: f.villageId, villageName: villages[i].name, figures: f.figures })),
    now,
  )
}
