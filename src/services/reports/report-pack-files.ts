import type { CommandPostDatabase } from '@/db/database'
import { submittedReportsBetween } from '@/db/repositories/report-repository'
import type { PackAttachmentContext, PackAttachmentFile } from '../packs/pack-attachments'
import { buildReportDocx, reportFileName } from './report-docx'

/**
 * The `reports/*.docx` of a data pack: every submitted version of the daily and zero reports dated inside the
 * pack's window (amendments beside their originals). Drafts stay home. A report holds figures and the work
 * narrative, no ID numbers, so it is the same in masked and full packs.
 */
export async function reportPackFiles(
  db: CommandPostDatabase,
  context: PackAttachmentContext,
): Promise<PackAttachmentFile[]> {
  const reports = await submittedReportsBetween(db, context.window.from, context.window.to)
  const files: PackAttachmentFile[] = []
  for (const report of reports) files.push({ name: reportFileName(report), bytes: await buildReportDocx(report) })
  return files
}
