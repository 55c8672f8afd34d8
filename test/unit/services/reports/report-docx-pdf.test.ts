// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildReportDocx } from '@/services/reports/report-docx'
import { sampleReport } from '../../../fixtures/reports'

// The county opens the report in Word or WPS and prints it; LibreOffice is the real client available here.
const soffice = spawnSync('which', ['soffice']).stdout?.toString().trim()
const folder = mkdtempSync(join(tmpdir(), 'report-pdf-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function convert(docx: string, to: string): Buffer {
  // A profile of its own, so a LibreOffice another process runs on this machine does not take the job over.
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      folder,
      docx,
    ],
    { timeout: 120_000, stdio: 'pipe' },
  )
  return readFileSync(docx.replace(/\.docx$/, `.${to.split(':')[0]}`))
}

describe.skipIf(!soffice)('the report .docx in LibreOffice (skipped: soffice is not installed)', () => {
  it('converts to a PDF with a CJK font, and LibreOffice reads the Chinese text intact', async () => {
    const docx = join(folder, 'report.docx')
    writeFileSync(docx, await buildReportDocx(sampleReport({ preparedBy: { userId: 'u', name: '陈文书', at: 1 } })))
    const pdf = convert(docx, 'pdf')
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const raw = pdf.toString('latin1')
    expect(raw.match(/\/Type\s*\/Page[^s]/g)?.length).toBeGreaterThanOrEqual(1)
    // The Chinese text is set in an embedded CJK font (WenQuanYi on this machine), not in boxes.
    expect(raw).toMatch(/\/FontName\s*\/[A-Z]{6}\+\S*(WenQuanYi|Noto|Droid|Zen|Song|Hei|CJK)/i)
    const text = convert(docx, 'txt:Text (encoded):UTF8').toString('utf8')
    expect(text).toContain('芦阳镇疫情防控工作日报')
    expect(text).toContain('截至11月29日11时，芦阳镇疫情防控各项工作有序开展')
    expect(text).toContain('填报人：陈文书')
  }, 240_000)
})
