import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LedgerTemplate, LedgerTemplateInput } from '@/domain/ledgers/ledger-template'
import { appDatabase } from '@/db/instance'
import { listLedgerTemplates } from '@/db/repositories/ledger-template-repository'
import { saveFile } from '@/platform/save-file'
import { exportLedger, resetTemplate, saveTemplate, type LedgerFormat } from '@/services/ledgers/ledger-service'
import { useSessionStore } from './session'

const TYPES: Record<LedgerFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
}

/** The ledgers page: the saved export templates, saving them, exporting a register. */
export const useLedgersStore = defineStore('ledgers', () => {
  const templates = ref<LedgerTemplate[]>([])
  const busy = ref(false)

  async function load(): Promise<void> {
    templates.value = await listLedgerTemplates(await appDatabase())
  }

  async function save(input: LedgerTemplateInput): Promise<void> {
    const session = useSessionStore()
    await saveTemplate(await appDatabase(), { ...session.actor }, input)
    await load()
  }

  async function reset(key: string): Promise<void> {
    await resetTemplate(await appDatabase(), { ...useSessionStore().actor }, key)
    await load()
  }

  /** Exports a register with the template on screen and downloads it; full numbers only for those who may. */
  async function download(register: string, template: LedgerTemplateInput, format: LedgerFormat) {
    const session = useSessionStore()
    const reveal = session.can('people.reveal') || session.can('packs.full')
    busy.value = true
    try {
      const file = await exportLedger(await appDatabase(), { ...session.actor }, { register, template, format, reveal })
      await saveFile(file.bytes, file.fileName, TYPES[format], true)
      return file
    } finally {
      busy.value = false
    }
  }

  return { templates, busy, load, save, reset, download }
})
