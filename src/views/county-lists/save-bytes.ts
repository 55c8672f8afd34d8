/** The MIME type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Offers bytes as a download through a Blob link (the browser's, or Electron's, save flow). */
export function saveBytes(bytes: Uint8Array, fileName: string, type = XLSX_TYPE): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type })
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked on the next turn: the click has started the download by then.
  window.setTimeout(() => URL.revokeObjectURL(link.href), 0)
}
