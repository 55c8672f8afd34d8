import type { PackManifest } from './pack-manifest'
import { PACK_TABLES } from './pack-tables'

function dateTime(instant: number): string {
  // Asia/Shanghai is UTC+8 without daylight saving: the clerk's wall clock whatever the PC's zone.
  return new Date(instant + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

/** What README says of a folder of documents (`ledgers/…`, `reports/…`). */
const FOLDER_NOTES: Record<string, string> = {
  ledgers: '台账（Excel 工作簿，按县里的导出模板；证件号、电话列为文本格式）',
  reports: '日报、零报告（Word 文档）',
}

function documentLines(paths: readonly string[]): string[] {
  return paths.map((path) => {
    const folder = path.split('/')[0]
    return `  ${path}  ${FOLDER_NOTES[folder] ?? ''}`.trimEnd()
  })
}

/**
 * README.txt: what the pack is and holds, in words a county clerk reads (Chinese, CRLF for Notepad);
 * `documents`: the paths of the ledgers and reports it carries.
 */
export function packReadme(manifest: Omit<PackManifest, 'files'>, documents: readonly string[] = []): string {
  const { township, window, counts } = manifest
  const lines = [
    `乡镇疫情防控指挥台 数据包`,
    ``,
    `乡镇：${township.countyName}${township.name}（区划代码 ${township.code}）`,
    `时段：${window.from} 至 ${window.to}`,
    `范围：${manifest.mode === 'full' ? '全部记录' : `自上次发送以来有变化的记录`}`,
    `字段：${manifest.profile === 'masked' ? '脱敏（证件号、电话已遮挡，不含住址和备注）' : '完整（含完整证件号和电话，请妥善保管）'}`,
    `接收方：${manifest.recipient}`,
    `导出人：${manifest.operator.name}\u3000导出时间：${dateTime(manifest.createdAt)}`,
    ``,
    `包内文件：`,
    `  manifest.json  清单：格式版本、乡镇、时段、记录数，以及每个文件的 SHA-256 校验值`,
    ...PACK_TABLES.map((t) => `  ${t.file}  ${t.description}（${counts[t.table] ?? 0} 条）`),
    ...documentLines(documents),
    `  README.txt  本说明`,
    ``,
    `data 目录下的 .ndjson 文件每行一条记录（UTF-8 编码的 JSON），可用指挥台“数据包”页面导入，`,
    `也可用任何能读 JSON 的程序读取。导入时指挥台会核对每个文件的校验值，被改动或缺少文件的数据包会被拒收。`,
    ``,
    `本数据包含有个人信息，仅限疫情防控工作使用，不得转发、外传或用于其他用途。`,
    `如数据包设有密码，密码应另行告知，不要与数据包放在一起。`,
  ]
  return lines.join('\r\n') + '\r\n'
}
