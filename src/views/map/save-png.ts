/** Saves a data URL as a file through a temporary link (the browser's download; Electron shows a save dialog). */
export function savePng(dataUrl: string, fileName: string): void {
  const link = document.createElement('a')
  link.href = dataUrl
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
}
