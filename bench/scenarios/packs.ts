import { localToday } from '@/domain/person/dates'
import { startPackWorker } from '@/workers/pack-client'
import { benchPeople, PERSONS } from './people-data'
import { roundMs, timed, type Figure, type ScenarioSet } from './scenario'
import { benchVillagesIn } from './villages'

const BATCH = 10_000
const PASSWORD = 'bench-pack-2022'

/**
 * `packs.export.100k`: a full masked pack with a password (AES-256) of the 100k people and their episodes,
 * built by the pack worker exactly as the 数据包 page does it (the people on its helper worker): read the
 * registers, mask, NDJSON, ledgers, hash, zip.
 * `packs.import.100k`: the same pack opened (decrypted, every hash checked) and imported as a received
 * township's records. Seeds the people register itself when the people scenario did not run before it.
 */
export const packsScenarios: ScenarioSet = {
  area: 'packs',
  async seed({ db, actor, townshipCode }) {
    if ((await db.persons.count()) < PERSONS) {
      const villages = await benchVillagesIn(db, actor, townshipCode)
      const data = benchPeople(villages, localToday(), townshipCode.slice(0, 6))
      for (let i = 0; i < data.rows.length; i += BATCH) await db.persons.bulkAdd(data.rows.slice(i, i + BATCH))
      for (let i = 0; i < data.episodes.length; i += BATCH) await db.episodes.bulkAdd(data.episodes.slice(i, i + BATCH))
    }
    const worker = startPackWorker()
    try {
      const exporter = { actor, mayExportFull: true, appVersion: 'bench' }
      const request = {
        recipient: '基准县指挥部',
        profile: 'masked' as const,
        mode: 'full' as const,
        password: PASSWORD,
      }
      // Where the time goes: milliseconds from the start to each step's first progress report.
      const steps: Record<string, number> = {}
      const start = performance.now()
      // And when each part finished its read and each of its files (packs.export.100k.at.<part>.<file>).
      const at: Figure[] = []
      const mark = (phase: string, done: number, total: number, what?: string) => {
        steps[phase] ??= performance.now() - start
        if (what) {
          const name = `packs.export.100k.at.${what.replace(': ', '.')}`
          at.push({ name, value: roundMs(performance.now() - start), unit: 'ms', target: null })
        }
        // Every part's files are ready (and zipped as they came): README, manifest and the zip's end follow.
        if (phase === 'preparing' && done === total) steps.prepared ??= performance.now() - start
      }
      const exported = await timed(() => worker.exportPack(request, exporter, mark))
      const pack = exported.result
      const megabytes = Math.round((pack.bytes.byteLength / 1048576) * 10) / 10
      if (pack.manifest.counts.persons < PERSONS) throw new Error(`pack holds ${pack.manifest.counts.persons} persons`)
      let opened = 0
      const imported = await timed(async () => {
        const begin = performance.now()
        await worker.open(pack.bytes, pack.fileName, PASSWORD)
        opened = performance.now() - begin
        return worker.importOpened(actor)
      })
      if (imported.result.kind !== 'imported') throw new Error('the bench pack was imported before')
      const persons = imported.result.entry.results.persons
      if (persons.added !== pack.manifest.counts.persons) throw new Error(`imported ${persons.added} persons`)
      return {
        figures: [
          { name: 'packs.export.100k', value: roundMs(exported.ms), unit: 'ms', target: 15_000 },
          { name: 'packs.import.100k', value: roundMs(imported.ms), unit: 'ms', target: 20_000 },
          // The first step done (the rest part has read and written its first data file), every part's files
          // ready, and the zip's last entries started once every file before them is zipped.
          { name: 'packs.export.100k.firstStep', value: roundMs(steps.preparing ?? 0), unit: 'ms', target: null },
          { name: 'packs.export.100k.prepared', value: roundMs(steps.prepared ?? 0), unit: 'ms', target: null },
          { name: 'packs.export.100k.zipEnd', value: roundMs(steps.zipping ?? 0), unit: 'ms', target: null },
          { name: 'packs.export.100k.hashStart', value: roundMs(steps.hashing ?? 0), unit: 'ms', target: null },
          ...at,
          { name: 'packs.import.100k.verify', value: roundMs(opened), unit: 'ms', target: null },
          { name: 'packs.size.100k', value: megabytes, unit: 'MB', target: null },
        ],
        probes: [],
      }
    } finally {
      worker.terminate()
    }
  },
}
