import { windowOf } from '@/domain/figures/figure-window'
import { toReportFigures } from '@/domain/reports/report-figure-lines'
import { listActiveVillages } from '@/db/repositories/village-repository'
import { townshipAndVillageFigures } from '../figures/village-figures'
import type { ReportFigureSource } from './report-figures-source'

/**
 * The report's figures from the shared figure definitions (docs/figures.md): the township's over the report's
 * window for the paragraphs and every village's for the table by village, from one read of the township's rows
 * (`townshipAndVillageFigures`: the definitions of `townshipFigures` and `villageFigures`). Nothing is counted here, so the report and the
 * dispatch board always say the same numbers.
 */
export const reportFigures: ReportFigureSource = async (db, period, now) => {
  const window = windowOf(period.from, period.to)
  const villages = await listActiveVillages(db)
  const { township, villages: byVillage } = await townshipAndVillageFigures(
    db,
    window,
    villages.map((v) => v.id),
    now,
  )
  return toReportFigures(
    township.figures,
    villages.map((v) => ({ villageId: v.id, villageName: v.name, figures: byVillage.get(v.id)!.figures })),
    now,
  )
}
