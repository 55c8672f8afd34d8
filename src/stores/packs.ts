import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import { buildReceipt, receiptFileName } from '@/domain/packs/pack-receipt'
import type { PackExport, PackImport } from '@/domain/packs/pack-log'
import type { ReceivedRecord } from '@/domain/packs/received-records'
import { appDatabase } from '@/db/instance'
import { listPackExports, listPackRecipients } from '@/db/repositories/pack-export-repository'
import { appInfo } from '@/platform/desktop'
import { canPickSaveLocation, saveFile, type SaveOutcome } from '@/platform/save-file'
import {
  canWriteToDrives,
  listRemovableDrives,
  writePackToDrive,
  type RemovableDrive,
  type WritePackResult,
} from '@/platform/usb'
import type { PackExportRequest } from '@/services/packs/export-service'
import type { PackImportOutcome } from '@/services/packs/import-service'
import { readReceivedRecords, readReceivedTownships } from '@/services/packs/received-packs'
import type { ReceivedTownship } from '@/services/packs/received-townships'
import { startPackWorker, type PackWorker } from '@/workers/pack-client'
import type { ExportedPack, OpenedPackSummary, PackPhase } from '@/workers/pack-protocol'
import { useSessionStore } from './session'

export type { PackPhase, RemovableDrive, WritePackResult }

const ZIP_TYPE = 'application/zip'

/** A pack just written, with the password to show once (never stored anywhere). */
export interface WrittenPack extends ExportedPack {
  password: string
}

/** The data-pack page: export with its log, open and import a pack, the townships received. */
export const usePacksStore = defineStore('packs', () => {
  const exports = ref<PackExport[]>([])
  const recipients = ref<string[]>([])
  const written = shallowRef<WrittenPack | null>(null)
  const opened = shallowRef<OpenedPackSummary | null>(null)
  const outcome = shallowRef<PackImportOutcome | null>(null)
  const townships = ref<ReceivedTownship[]>([])
  const imports = ref<PackImport[]>([])
  const progress = reactive({ phase: '' as PackPhase | '', done: 0, total: 0 })
  const busy = ref(false)
  const exportError = ref<unknown>(null)
  const importError = ref<unknown>(null)
  /** The browser can write where the user picks (a USB stick's folder), not only to Downloads. */
  const canPickLocation = canPickSaveLocation()
  /** The desktop app writes to a USB stick itself and verifies what it wrote. */
  const canWriteDrive = canWriteToDrives()
  const drives = ref<RemovableDrive[]>([])
  const driveResult = shallowRef<WritePackResult | null>(null)
  let worker: PackWorker | undefined

  const report = (phase: PackPhase | '', done = 0, total = 0) => Object.assign(progress, { phase, done, total })
  const packWorker = () => (worker ??= startPackWorker())

  async function run<T>(error: typeof exportError, work: () => Promise<T>): Promise<T | undefined> {
    busy.value = true
    error.value = null
    try {
      return await work()
    } catch (e) {
      error.value = e
      return undefined
    } finally {
      busy.value = false
      report('')
    }
  }

  async function load(): Promise<void> {
    const db = await appDatabase()
    ;[exports.value, recipients.value] = await Promise.all([listPackExports(db), listPackRecipients(db)])
    const received = await readReceivedTownships(db)
    townships.value = received.townships
    imports.value = received.imports
  }

  /** Builds a pack in the worker; on success it waits in `written` to be saved. */
  async function exportPack(request: PackExportRequest): Promise<boolean> {
    closeWritten()
    const session = useSessionStore()
    const exporter = {
      actor: { ...session.actor },
      mayExportFull: session.can('packs.full'),
      appVersion: (await appInfo()).version,
    }
    const pack = await run(exportError, () => packWorker().exportPack({ ...request }, exporter, report))
    if (pack) written.value = { ...pack, password: request.password ?? '' }
    await load()
    return Boolean(pack)
  }

  function saveWritten(download: boolean): Promise<SaveOutcome> | undefined {
    const pack = written.value
    return pack ? saveFile(new Uint8Array(pack.bytes), pack.fileName, ZIP_TYPE, download) : undefined
  }

  async function loadDrives(): Promise<void> {
    drives.value = await listRemovableDrives()
  }

  /** Writes the pack just built to a USB stick; `driveResult` says whether it is safe to remove. */
  async function writeToDrive(mountPoint: string): Promise<void> {
    const pack = written.value
    if (!pack) return
    driveResult.value = null
    busy.value = true
    try {
      driveResult.value = await writePackToDrive(mountPoint, pack.fileName, new Uint8Array(pack.bytes))
    } catch (e) {
      driveResult.value = { ok: false, reason: 'failed', detail: e instanceof Error ? e.message : String(e) }
    } finally {
      busy.value = false
      await loadDrives()
    }
  }

  /** Forgets the written pack and its password (they were shown once). */
  function closeWritten(): void {
    written.value = null
    driveResult.value = null
  }

  /** Verifies a pack file in the worker (asking again with a password when it needs one). */
  async function openFile(file: File, password?: string): Promise<void> {
    opened.value = null
    outcome.value = null
    const bytes = await file.arrayBuffer()
    const summary = await run(importError, () => packWorker().open(bytes, file.name, password || undefined, report))
    opened.value = summary ?? null
  }

  async function importOpened(): Promise<void> {
    const result = await run(importError, () => packWorker().importOpened({ ...useSessionStore().actor }, report))
    outcome.value = result ?? null
    await load()
  }

  /** 回执 of the pack just imported (or imported before), as a JSON file. */
  function saveReceipt(): Promise<SaveOutcome> | undefined {
    const summary = opened.value
    const entry = outcome.value?.entry ?? summary?.importedBefore
    if (!summary || !entry) return undefined
    const receipt = buildReceipt(
      summary.manifest,
      summary.packHash,
      summary.fileName,
      entry.importedAt,
      entry.importedByName,
    )
    const bytes = new TextEncoder().encode(JSON.stringify(receipt, null, 2) + '\n')
    return saveFile(bytes, receiptFileName(summary.fileName), 'application/json', true)
  }

  function clearImport(): void {
    opened.value = null
    outcome.value = null
    importError.value = null
  }

  async function records(township: string, table: string, page: number, pageSize: number, text = '') {
    return readReceivedRecords(await appDatabase(), township, table, page, pageSize, text) as Promise<{
      items: ReceivedRecord[]
      total: number
    }>
  }

  return {
    exports,
    recipients,
    written,
    opened,
    outcome,
    townships,
    imports,
    progress,
    busy,
    canPickLocation,
    canWriteDrive,
    drives,
    driveResult,
    loadDrives,
    writeToDrive,
    exportError,
    importError,
    load,
    exportPack,
    saveWritten,
    closeWritten,
    openFile,
    importOpened,
    saveReceipt,
    clearImport,
    records,
  }
})
