/** `2026-11-29 08:05` in local time, for tables. */
export function formatDateTime(instant: number | undefined): string {
  if (instant === undefined) return ''
  const d = new Date(instant)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** 12,345 with thousands separators. */
export function formatCount(n: number): string {
  return n.toLocaleString('zh-CN')
}

/** 1.2 MB */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return ''
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`
}
