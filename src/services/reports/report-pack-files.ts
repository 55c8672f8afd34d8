import type { CommandPostDatabase } from '@/db/database'
import { submittedReportsBetween } from '@/db/repositories/report-repository'
import type { PackManifest } from '@/domain/packs/pack-manifest'
import { buildReportDocx, reportFileName } from './report-docx'

/** A report as a data pack carries it: `reports/<name>.docx`. */
export interface ReportPackFile {
  name: string
  bytes: Uint8Array
}

/**
 * The `reports/*.docx` of a data pack: every submitted version of the daily and zero reports dated inside the
 * pack's window (amendments beside their originals). Drafts stay home. A report holds figures and the work
 * narrative, no ID numbers, so it is the same in masked and full packs.
 */
export async function reportPackFiles(
  db: CommandPostDatabase,
  window: PackManifest['window'],
): Promise<ReportPackFile[]> {
  const reports = await submittedReportsBetween(db, window.from, window.to)
  const files: ReportPackFile[] = []
  for (const report of reports) files.push({ name: reportFileName(report), bytes: await buildReportDocx(report) })
  return files
}
