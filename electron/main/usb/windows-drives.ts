import type { RemovableDrive } from '../../contract'

// Windows has no /proc/mounts: removable volumes (DriveType 2, what a USB stick is) are asked of WMI. PowerShell's
// Get-CimInstance first (every supported Windows has it); `wmic` as the fallback for old installs where
// PowerShell is locked down. The console's code page (936 on Chinese Windows) would garble a label such as
// 防疫专用, so PowerShell is told to answer in UTF-8; wmic's CSV is read as it comes.

/** Runs a program and resolves with its standard output (injected: node's execFile in the app, recordings in tests). */
export type ExecFile = (file: string, args: readonly string[]) => Promise<string>

/** The PowerShell command: removable logical disks as compact JSON. */
export const POWERSHELL_ARGS: readonly string[] = [
  '-NoProfile',
  '-NonInteractive',
  '-Command',
  '[Console]::OutputEncoding=[Text.Encoding]::UTF8; ' +
    'Get-CimInstance Win32_LogicalDisk -Filter "DriveType=2" | ' +
    'Select-Object DeviceID,VolumeName,FreeSpace,Size,Access | ConvertTo-Json -Compress',
]

/** The wmic fallback: the same fields as CSV. */
export const WMIC_ARGS: readonly string[] = [
  'logicaldisk',
  'where',
  'drivetype=2',
  'get',
  'DeviceID,VolumeName,FreeSpace,Size,Access',
  '/format:csv',
]

interface LogicalDisk {
  DeviceID?: unknown
  VolumeName?: unknown
  FreeSpace?: unknown
  Size?: unknown
  Access?: unknown
}

/** WMI's Access: 1 is read-only (a stick with its lock switch on); 0 (unknown), 2, 3 and 4 can be written. */
const READ_ONLY_ACCESS = 1

function driveOf(disk: LogicalDisk): RemovableDrive | undefined {
  const device = typeof disk.DeviceID === 'string' ? disk.DeviceID.trim() : ''
  if (!/^[A-Za-z]:$/.test(device)) return undefined
  const size = Number(disk.Size)
  // No medium in the slot (a card reader without a card): WMI gives no size.
  if (!Number.isFinite(size) || size <= 0) return undefined
  const label = typeof disk.VolumeName === 'string' ? disk.VolumeName.trim() : ''
  return {
    mountPoint: `${device.toUpperCase()}\\`,
    label: label || `可移动磁盘 (${device.toUpperCase()})`,
    freeBytes: Number(disk.FreeSpace) || 0,
    totalBytes: size,
    readOnly: Number(disk.Access) === READ_ONLY_ACCESS,
  }
}

/** Drives in PowerShell's `ConvertTo-Json` answer: an array, one bare object for one drive, nothing for none. */
export function parsePowerShellDrives(output: string): RemovableDrive[] {
  const text = output.replace(/^\uFEFF/, '').trim()
  if (!text) return []
  const parsed = JSON.parse(text) as LogicalDisk | LogicalDisk[]
  return (Array.isArray(parsed) ? parsed : [parsed]).flatMap((disk) => driveOf(disk) ?? [])
}

/** Drives in wmic's `/format:csv` answer (a blank line, then `Node,Access,DeviceID,…` and one line per drive). */
export function parseWmicDrives(output: string): RemovableDrive[] {
  const lines = output
    .replace(/^\uFEFF/, '')
    .split(/\r*\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.length < 2) return []
  const headers = lines[0].split(',')
  return lines.slice(1).flatMap((line) => {
    const cells = line.split(',')
    const disk = Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])) as LogicalDisk
    return driveOf(disk) ?? []
  })
}

/**
 * Lists removable drives on Windows: PowerShell first, wmic when PowerShell fails or answers nonsense, and an
 * empty list (the page then offers the save dialog) when neither works.
 */
export function createWindowsDriveLister(exec: ExecFile): () => Promise<RemovableDrive[]> {
  return async () => {
    try {
      return parsePowerShellDrives(await exec('powershell.exe', POWERSHELL_ARGS))
    } catch {
      try {
        return parseWmicDrives(await exec('wmic', WMIC_ARGS))
      } catch {
        return []
      }
    }
  }
}
