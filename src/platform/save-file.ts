/** How a file left the app: written where the user chose, offered as a download, or the user cancelled. */
export type SaveOutcome = 'saved' | 'downloaded' | 'cancelled'

interface SaveFilePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName: string
    types?: { description: string; accept: Record<string, string[]> }[]
  }) => Promise<{ createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }> }>
}

function download(blob: Blob, fileName: string): void {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  window.setTimeout(() => URL.revokeObjectURL(link.href), 0)
}

/** True when the browser lets the user pick where a file goes (File System Access API). */
export function canPickSaveLocation(): boolean {
  return typeof (window as unknown as SaveFilePickerWindow).showSaveFilePicker === 'function'
}

/**
 * Saves bytes under a suggested name: through the File System Access API where the browser has it (the clerk
 * picks the USB stick's folder), else as a download. Never puts anything but the given name in the path.
 */
export async function saveFile(
  bytes: Uint8Array,
  fileName: string,
  type: string,
  useDownload = false,
): Promise<SaveOutcome> {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type })
  const picker = (window as unknown as SaveFilePickerWindow).showSaveFilePicker
  if (!picker || useDownload) {
    download(blob, fileName)
    return 'downloaded'
  }
  try {
    const handle = await picker({ suggestedName: fileName })
    const writable = await handle.createWritable()
    await writable.write(blob)
    await writable.close()
    return 'saved'
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled'
    throw error
  }
}
