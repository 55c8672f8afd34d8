import Dexie from 'dexie'
import { localToday } from '@/domain/person/dates'
import { villageRefsOf, type VillageRef } from '@/domain/person/people-sheet-places'
import { suggestMapping } from '@/domain/person/people-sheet-columns'
import { outlineLabels } from '@/domain/person/people-sheet-file'
import type { Episode } from '@/domain/person/person'
import type { CommandPostDatabase } from '@/db/database'
import type { PersonRow } from '@/db/person-row'
import { registerVersion } from '@/db/repositories/import-register-repository'
import { commitPeopleImport, previewPeopleImport, readRegisterSnapshot } from '@/services/people/import-service'
import { startPeopleImportWorker } from '@/workers/people-import-client'
import { indexCostFigures } from './people-index-cost'
import { messyPeopleWorkbook, type SheetVillage } from './people-import-data'
import { roundMs, timed, type Figure, type ScenarioSet } from './scenario'

const ROWS = 20_000
const YEAR = 2021
const FILE = '返乡人员汇总.xlsx'

/** The township's villages; without the villages scenario (`npm run bench -- people-import`), 20 stand-ins. */
async function villagesOf(db: CommandPostDatabase): Promise<VillageRef[]> {
  const stored = await db.villages.toArray()
  if (stored.length) return villageRefsOf(stored)
  return Array.from({ length: 20 }, (_, v) => ({
    id: `vil_bench_${v}`,
    name: `基准${v + 1}村`,
    code: `511826101${String(201 + v)}`,
    grids: Array.from({ length: 6 }, (_, g) => ({ id: `grd_bench_${v}_${g}`, name: `${g + 1}组` })),
  }))
}

/** Milliseconds of each phase of one import, to see where the time goes. */
type Phases = Record<'read' | 'apply' | 'preview' | 'commit' | 'registerRead', number>

/** The whole import as the dialog runs it: read and map in the worker (the register read meanwhile), plan, write. */
async function importFile(
  db: CommandPostDatabase,
  bytes: Uint8Array,
  villages: VillageRef[],
  actor: { id: string; name: string },
) {
  const worker = startPeopleImportWorker()
  const phases: Phases = { read: 0, apply: 0, preview: 0, commit: 0, registerRead: 0 }
  let mark = performance.now()
  const lap = (phase: keyof Phases) => {
    const now = performance.now()
    phases[phase] = now - mark
    mark = now
  }
  try {
    const today = localToday()
    // Read while the worker reads the file, as the dialog does.
    // registerRead: how long reading the register takes on its own (it overlaps read and apply).
    const started = performance.now()
    const snapshot = readRegisterSnapshot(db).then((register) => {
      phases.registerRead = performance.now() - started
      return register
    })
    const outline = await worker.read(FILE, bytes.slice().buffer as ArrayBuffer, today)
    lap('read')
    const columns = suggestMapping(outlineLabels(outline)).columns
    const mapping = { columns, polarity: 'normal' as const, ignored: [], defaultKind: 'returnee' as const }
    const parsed = await worker.apply({ mapping, source: '基准镇各村', villages, today })
    lap('apply')
    const preview = await previewPeopleImport(db, parsed, await snapshot)
    lap('preview')
    const summary = await commitPeopleImport(db, preview, actor)
    lap('commit')
    return { preview, summary, phases }
  } finally {
    worker.terminate()
  }
}

/** Copies of rows with ids of their own, for the raw write (the same shape and indexes as the import's). */
function copies(rows: PersonRow[], episodes: Episode[]) {
  const ids = new Map(rows.map((row, i) => [row.id, `per_raw_${String(i).padStart(6, '0')}`]))
  return {
    rows: rows.map((row) => ({ ...row, id: ids.get(row.id)! })),
    episodes: episodes.map((e, i) => ({
      ...e,
      id: `epi_raw_${String(i).padStart(6, '0')}`,
      personId: ids.get(e.personId)!,
    })),
  }
}

/**
 * `people.import.20k`: a 20k-row messy workbook (two sheets, generated before the clock) imported end to end:
 * read and mapped in the worker, planned against the register (read meanwhile), written in one transaction
 * with its audit lines. `people.import.ratioToRawWrite`: that time over a raw bulkAdd, in the same run, of the
 * same person and episode rows (copies of what the import wrote, with other ids; removed afterwards).
 * `people.import.registerVersion`: one read of the register's fingerprint. `people.import.again`: the same file
 * imported a second time, every row now someone registered (it must write nothing).
 */
export const peopleImportScenarios: ScenarioSet = {
  area: 'people-import',
  async seed({ db, actor }) {
    const villages = await villagesOf(db)
    const sheetVillages: SheetVillage[] = villages.map((v) => ({ name: v.name, grids: v.grids.map((g) => g.name) }))
    const bytes = messyPeopleWorkbook({ rows: ROWS, villages: sheetVillages, year: YEAR, countyCode: '511826' })
    const imported = await timed(() => importFile(db, bytes, villages, actor))
    const { preview, summary, phases } = imported.result
    if (summary.people < ROWS * 0.8) throw new Error(`people-import bench imported only ${summary.people} people`)

    const ids = preview.plan.rows.filter((row) => row.action !== 'unchanged').map((row) => row.personId)
    const written = await db.persons.bulkGet([...new Set(ids)])
    const episodes = await db.episodes
      .where('personId')
      .anyOf([...new Set(ids)])
      .toArray()
    const raw = copies(
      written.filter((row) => row !== undefined),
      episodes,
    )
    const rawWrite = await timed(async () => {
      await db.persons.bulkAdd(raw.rows)
      await db.episodes.bulkAdd(raw.episodes)
    })
    await db.persons.bulkDelete(raw.rows.map((row) => row.id))
    await db.episodes.bulkDelete(raw.episodes.map((e) => e.id))
    // The floor: the same rows into tables with no secondary index at all (a scratch database, deleted after).
    // rawWrite − noIndexes is what the register's indexes cost.
    const bare = new Dexie(`bench-bare-${Date.now()}`)
    bare.version(1).stores({ persons: 'id', episodes: 'id' })
    await bare.open()
    const bareWrite = await timed(async () => {
      await bare.table('persons').bulkAdd(raw.rows)
      await bare.table('episodes').bulkAdd(raw.episodes)
    })
    await bare.delete()
    // The register's fingerprint, which the preview and the commit each read (a plan made against another is stale).
    const version = await timed(() => registerVersion(db))
    // The same file again: every row is someone registered now, and nothing may change.
    const again = await timed(() => importFile(db, bytes, villages, actor))
    if (again.result.summary.people + again.result.summary.episodes !== 0)
      throw new Error(`importing the same file again wrote ${again.result.summary.people} people`)
    // What each index costs (scratch databases; set VITE_BENCH_INDEX_COST=1 for the build to measure it).
    const indexCost = import.meta.env.VITE_BENCH_INDEX_COST ? await indexCostFigures(raw.rows, raw.episodes) : []

    const figures: Figure[] = [
      { name: 'people.import.20k', value: roundMs(imported.ms), unit: 'ms', target: 10_000 },
      ...Object.entries(phases).map(([phase, ms]): Figure => ({
        name: `people.import.phase.${phase}`,
        value: roundMs(ms),
        unit: 'ms',
        target: null,
      })),
      { name: 'people.import.rawWrite', value: roundMs(rawWrite.ms), unit: 'ms', target: null },
      { name: 'people.import.rawWrite.noIndexes', value: roundMs(bareWrite.ms), unit: 'ms', target: null },
      { name: 'people.import.registerVersion', value: roundMs(version.ms), unit: 'ms', target: null },
      { name: 'people.import.again', value: roundMs(again.ms), unit: 'ms', target: null },
      { name: 'people.import.again.preview', value: roundMs(again.result.phases.preview), unit: 'ms', target: null },
      {
        name: 'people.import.ratioToRawWrite',
        value: Math.round((imported.ms / rawWrite.ms) * 100) / 100,
        unit: 'ratio',
        target: 3,
      },
      ...indexCost,
    ]
    return { figures, probes: [] }
  },
}
