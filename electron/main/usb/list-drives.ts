import path from 'node:path'
import type { RemovableDrive } from '../../contract'

/** The part of `fs.promises.statfs`'s answer used here. */
export interface FsStats {
  bsize: number
  blocks: number
  bavail: number
}

/** What the lister needs: the platform, and on Linux /proc/mounts and statfs; on Windows a lister of its own. */
export interface DriveListerDeps {
  platform: string
  readFile: (file: string) => Promise<string>
  statfs: (folder: string) => Promise<FsStats>
  /** Windows: removable volumes (e.g. from `Get-Volume` / WMI), injected so this module stays testable. */
  listWindowsDrives?: () => Promise<RemovableDrive[]>
}

// Desktop Linux mounts sticks under /media/<user>/<label> (Debian, Ubuntu) or /run/media/<user>/<label> (Fedora).
const REMOVABLE_ROOTS = ['/media/', '/run/media/']

/** /proc/mounts escapes spaces and tabs in paths as octal (`\040`). */
function unescapeMount(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)))
}

/** Mount points under the removable roots in /proc/mounts text, with their read-only flag. */
export function removableMounts(procMounts: string): { mountPoint: string; readOnly: boolean }[] {
  const found: { mountPoint: string; readOnly: boolean }[] = []
  for (const line of procMounts.split('\n')) {
    const [, mount, , options] = line.split(' ')
    if (!mount || !options) continue
    const mountPoint = unescapeMount(mount)
    if (!REMOVABLE_ROOTS.some((root) => mountPoint.startsWith(root))) continue
    found.push({ mountPoint, readOnly: options.split(',').includes('ro') })
  }
  return found
}

/** Lists removable drives with label and free space; a drive whose statfs fails (just pulled out) is left out. */
export function createDriveLister(deps: DriveListerDeps): () => Promise<RemovableDrive[]> {
  return async () => {
    if (deps.platform === 'win32') return deps.listWindowsDrives ? deps.listWindowsDrives() : []
    if (deps.platform !== 'linux') return []
    const mounts = removableMounts(await deps.readFile('/proc/mounts'))
    const drives: RemovableDrive[] = []
    for (const { mountPoint, readOnly } of mounts) {
      try {
        const stats = await deps.statfs(mountPoint)
        drives.push({
          mountPoint,
          label: path.basename(mountPoint),
          freeBytes: stats.bavail * stats.bsize,
          totalBytes: stats.blocks * stats.bsize,
          readOnly,
        })
      } catch {
        // Gone between /proc/mounts and statfs: not a drive to offer.
      }
    }
    return drives
  }
}
