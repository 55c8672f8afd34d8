import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import { localToday } from '@/domain/person/dates'
import type { PeopleSheetField, PeopleSheetMapping } from '@/domain/person/import-mapping'
import { headerKey, suggestMapping } from '@/domain/person/people-sheet-columns'
import { outlineLabels, type PeopleFileOutline } from '@/domain/person/people-sheet-file'
import { villageRefsOf } from '@/domain/person/people-sheet-places'
import type { YesNoPolarity } from '@/domain/person/yes-no'
import type { EpisodeKind } from '@/domain/person/person'
import { appDatabase } from '@/db/instance'
import { findMappingBySource, listMappingSources } from '@/db/repositories/import-mapping-repository'
import { listActiveVillages } from '@/db/repositories/village-repository'
import type { ImportWriteSummary } from '@/db/repositories/person-import-batch'
import {
  commitPeopleImport,
  previewPeopleImport,
  readRegisterSnapshot,
  type PeopleImportPreview,
  type RegisterSnapshot,
} from '@/services/people/import-service'
import { exportProblemRows, type ProblemLabels } from '@/services/people/import-problems-export'
import { startPeopleImportWorker, type PeopleImportWorker } from '@/workers/people-import-client'
import { useSessionStore } from './session'

/** Where the import dialog is: pick a file → map columns → preview → writing → done. */
export type PeopleImportStep = 'file' | 'mapping' | 'preview' | 'writing' | 'done'

/** What is running now, for the progress bar: reading the file, mapping rows, checking, writing. */
export type PeopleImportPhase = '' | 'reading' | 'parsing' | 'checking' | 'writing'

function emptyMapping(): PeopleSheetMapping {
  return { columns: {}, polarity: 'normal', ignored: [], defaultKind: 'returnee' }
}

/** The people-sheet import: the file read in a worker, the editable mapping, the preview, the write. */
export const usePeopleImportStore = defineStore('peopleImport', () => {
  const step = ref<PeopleImportStep>('file')
  const source = ref('')
  const sources = ref<string[]>([])
  const outline = shallowRef<PeopleFileOutline | null>(null)
  const labels = ref<string[]>([])
  const mapping = reactive<PeopleSheetMapping>(emptyMapping())
  const preview = shallowRef<PeopleImportPreview | null>(null)
  const progress = reactive({ phase: '' as PeopleImportPhase, done: 0, total: 0 })
  const summary = shallowRef<ImportWriteSummary | null>(null)
  const busy = ref(false)
  const error = ref<unknown>(null)
  let worker: PeopleImportWorker | undefined
  let abort: AbortController | undefined
  // The register, read while the worker reads the file (previewPeopleImport reads it again if it changed).
  let snapshot: Promise<RegisterSnapshot | undefined> | undefined
  // Bumped by reset(): work started before it ends quietly (a cancelled read is not an error to show).
  let generation = 0

  function report(phase: PeopleImportPhase, done = 0, total = 0): void {
    Object.assign(progress, { phase, done, total })
  }

  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    const started = generation
    busy.value = true
    error.value = null
    try {
      return await work()
    } catch (e) {
      if (started === generation) error.value = e
      return undefined
    } finally {
      if (started === generation) {
        busy.value = false
        report('')
      }
    }
  }

  const loadSources = async () => void (sources.value = await listMappingSources(await appDatabase()))

  /** Reads a file in the worker and suggests a mapping: the source's remembered one, else from the headers. */
  async function pick(file: File, sourceName: string): Promise<void> {
    reset()
    source.value = sourceName.trim()
    await run(async () => {
      report('reading')
      snapshot = readRegisterSnapshot(await appDatabase()).catch(() => undefined)
      worker = startPeopleImportWorker()
      outline.value = await worker.read(file.name, await file.arrayBuffer(), localToday())
      labels.value = outlineLabels(outline.value)
      const remembered = source.value ? await findMappingBySource(await appDatabase(), source.value) : undefined
      Object.assign(mapping, emptyMapping(), {
        columns: suggestMapping(labels.value, remembered).columns,
        polarity: remembered?.polarity ?? 'normal',
        defaultKind: remembered?.defaultKind ?? 'returnee',
      })
      step.value = 'mapping'
    })
  }

  function setField(label: string, field: PeopleSheetField | ''): void {
    const key = headerKey(label)
    if (field) mapping.columns[key] = field
    else delete mapping.columns[key]
  }

  function setOptions(options: { polarity?: YesNoPolarity; defaultKind?: EpisodeKind }): void {
    Object.assign(mapping, options)
  }

  /** Applies the mapping in the worker while the register is read, then plans the import; writes nothing. */
  async function buildPreview(): Promise<void> {
    const current = worker
    if (!current) return
    await run(async () => {
      const db = await appDatabase()
      const register = snapshot ?? readRegisterSnapshot(db)
      const villages = villageRefsOf(await listActiveVillages(db))
      const keys = labels.value.map(headerKey)
      const ignored = [...new Set(keys.filter((key) => key !== '' && !mapping.columns[key]))]
      const request = { mapping: { ...mapping, columns: { ...mapping.columns }, ignored }, source: source.value }
      report('parsing')
      const parsed = await current.apply({ ...request, villages, today: localToday() }, (done, total) =>
        report('parsing', done, total),
      )
      report('checking')
      preview.value = await previewPeopleImport(db, parsed, await register)
      step.value = 'preview'
    })
  }

  /** Writes the preview's good rows in one transaction; `cancel()` while it runs writes nothing. */
  async function commit(): Promise<void> {
    const planned = preview.value
    if (!planned) return
    step.value = 'writing'
    abort = new AbortController()
    const signal = abort.signal
    const written = await run(async () =>
      commitPeopleImport(
        await appDatabase(),
        planned,
        useSessionStore().actor,
        (done, total) => report('writing', done, total),
        {
          signal,
        },
      ),
    )
    abort = undefined
    summary.value = written ?? null
    step.value = written ? 'done' : 'preview'
    if (written) await loadSources()
  }

  /** Stops what runs: a write is rolled back; reading or mapping stops the worker (start again from the file). */
  function cancel(): void {
    if (abort) abort.abort()
    else if (busy.value) reset()
  }

  function problemWorkbook(words: ProblemLabels): Uint8Array | undefined {
    return preview.value ? exportProblemRows(preview.value, words) : undefined
  }

  function backToMapping(): void {
    preview.value = null
    step.value = 'mapping'
  }

  function reset(): void {
    generation++
    worker?.terminate()
    abort?.abort()
    ;[worker, abort, snapshot] = [undefined, undefined, undefined]
    Object.assign(mapping, emptyMapping())
    Object.assign(progress, { phase: '', done: 0, total: 0 })
    ;[outline.value, preview.value, summary.value, error.value] = [null, null, null, null]
    labels.value = []
    step.value = 'file'
    busy.value = false
  }

  return {
    step,
    source,
    sources,
    outline,
    labels,
    mapping,
    preview,
    progress,
    summary,
    busy,
    error,
    loadSources,
    pick,
    setField,
    setOptions,
    buildPreview,
    commit,
    cancel,
    problemWorkbook,
    backToMapping,
    reset,
  }
})
