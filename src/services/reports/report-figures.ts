import { windowOf } from '@/domain/figures/figure-window'
import { toReportFigures } from '@/domain/reports/report-figure-lines'
import { listActiveVillages } from '@/db/repositories/village-repository'
import { townshipFigures } from '../figures/township-figures'
import { figuresByVillage } from '../figures/village-figures'
import type { ReportFigureSource } from './report-figures-source'

/**
 * The report's figures from the shared figure definitions (docs/figures.md): `townshipFigures` over the report's
 * window for the paragraphs, `figuresByVillage` (one read of the township's rows, split by village: same
 * definitions as `villageFigures`) for the table by village. Nothing is counted here, so the report and the
 * dispatch board always say the same numbers.
 */
export const reportFigures: ReportFigureSource = async (db, period, now) => {
  const window = windowOf(period.from, period.to)
  const villages = await listActiveVillages(db)
  const [township, byVillage] = await Promise.all([
    townshipFigures(db, window, now),
    figuresByVillage(
      db,
      window,
      villages.map((v) => v.id),
      now,
    ),
  ])
  return toReportFigures(
    township.figures,
    villages.map((v) => ({ villageId: v.id, villageName: v.name, figures: byVillage.get(v.id)!.figures })),
    now,
  )
}
