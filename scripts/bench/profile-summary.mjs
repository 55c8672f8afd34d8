// `node scripts/bench/profile-summary.mjs <file.cpuprofile> [rows] [last ms]`: where a CPU profile's time went,
// as two tables: functions by their own (self) time, and by total time (self plus what they called), with source
// place. With `last ms`, only the profile's final milliseconds (a scenario's last step, e.g. the export).
import { readFileSync } from 'node:fs'

const [file, rowsArg, lastArg] = process.argv.slice(2)
if (!file) {
  console.error('usage: node scripts/bench/profile-summary.mjs <file.cpuprofile> [rows]')
  process.exit(2)
}
const rows = Number(rowsArg ?? 30)
const profile = JSON.parse(readFileSync(file, 'utf8'))
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

// Sample time per node: each sample lasts until the next one.
const selfMs = new Map()
const from = lastArg ? profile.endTime - Number(lastArg) * 1000 : -Infinity
let at = profile.startTime
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i]
  if (at < from) return
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000
  selfMs.set(id, (selfMs.get(id) ?? 0) + dt)
})
const label = (n) => {
  const f = n.callFrame
  const where = f.url ? `${f.url.split('/').pop()}:${f.lineNumber + 1}` : ''
  return `${f.functionName || '(anonymous)'} ${where}`.trim()
}
const self = new Map()
const total = new Map()
for (const [id, ms] of selfMs) {
  const node = byId.get(id)
  if (!node) continue
  self.set(label(node), (self.get(label(node)) ?? 0) + ms)
  // Total: once per distinct function on the stack (recursion counted once).
  const seen = new Set()
  for (let up = id; up !== undefined; up = parent.get(up)) {
    const name = label(byId.get(up))
    if (seen.has(name)) continue
    seen.add(name)
    total.set(name, (total.get(name) ?? 0) + ms)
  }
}
const all = [...selfMs.values()].reduce((a, b) => a + b, 0)
const print = (title, map) => {
  console.log(`\n${title} (profile ${Math.round(all)} ms)`)
  for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows))
    console.log(`${String(Math.round(ms)).padStart(7)} ms  ${name}`)
}
print('self time', self)
print('total time', total)
