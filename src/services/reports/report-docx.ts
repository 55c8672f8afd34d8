import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { buildBulletin, type BulletinSection } from '@/domain/reports/bulletin'
import type { DailyReport } from '@/domain/reports/daily-report'

// Official-document type sizes in half-points: 二号 22 pt title, 三号 16 pt body, 小四 12 pt table.
const TITLE_SIZE = 44
const BODY_SIZE = 32
const TABLE_SIZE = 24
const BODY_FONT = '仿宋'
const HEADING_FONT = '黑体'
const TITLE_FONT = '宋体'
const LINE = { line: 560, lineRule: 'exact' as const } // 28 pt fixed line spacing

function run(text: string, font = BODY_FONT, size = BODY_SIZE, bold = false): TextRun {
  return new TextRun({ text, font: { ascii: font, eastAsia: font, hAnsi: font }, size, bold })
}

function body(text: string): Paragraph {
  return new Paragraph({ children: [run(text)], indent: { firstLine: 640 }, spacing: LINE })
}

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, BODY_FONT, TABLE_SIZE, header)] }),
    ],
  })
}

function table(data: NonNullable<BulletinSection['table']>): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({ tableHeader: true, children: data.headers.map((h) => cell(h, true)) }),
      ...data.rows.map((r, i) => new TableRow({ children: r.map((v) => cell(v, i === data.rows.length - 1)) })),
    ],
  })
}

/** The report as a Word document in the usual bulletin layout (A4, 仿宋 三号, numbered 黑体 headings). */
export function reportDocument(report: DailyReport): Document {
  const b = buildBulletin(report)
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [run(b.title, TITLE_FONT, TITLE_SIZE, true)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 300 },
      children: [run(b.subtitle, BODY_FONT, TABLE_SIZE + 4)],
    }),
  ]
  if (b.amendNote) children.push(body(b.amendNote))
  if (b.lead) children.push(body(b.lead))
  for (const section of b.sections) {
    children.push(
      new Paragraph({ indent: { firstLine: 640 }, spacing: LINE, children: [run(section.heading, HEADING_FONT)] }),
    )
    for (const p of section.paragraphs) children.push(body(p))
    if (section.table) children.push(table(section.table))
  }
  children.push(
    new Paragraph({ spacing: { before: 400 }, children: [run(b.signatures, BODY_FONT, TABLE_SIZE + 4)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(b.footer, BODY_FONT, TABLE_SIZE + 4)] }),
  )
  return new Document({
    creator: report.townshipName,
    title: b.title,
    sections: [
      {
        // A4 with the official-document margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twips.
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } },
        },
        children,
      },
    ],
  })
}

/**
 * The report's .docx bytes (browser and Node alike). The data pack puts these under `reports/` and the report
 * screen offers them as a download.
 */
export async function buildReportDocx(report: DailyReport): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(report)))
}

/** A file name without personal data: `日报_2026-11-29_v1.docx` (零报告_… for a zero report). */
export function reportFileName(report: DailyReport): string {
  return `${report.kind === 'zero' ? '零报告' : '日报'}_${report.reportDate}_v${report.version}.docx`
}
