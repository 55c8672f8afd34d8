import { reactive, ref, watch } from 'vue'
import type { DocumentInput, StockBalance } from '@/domain/supplies/stock-document'
import { suggestBatches } from '@/domain/supplies/stock-cover'
import { TOWNSHIP_STORE_ID } from '@/domain/supplies/stock-location'
import { localToday } from '@/domain/person/dates'
import { useSessionStore } from '@/stores/session'
import { useSuppliesStore } from '@/stores/supplies'

/** One line being typed; `batches` are the batches the stock point holds of the item (FEFO order). */
export interface LineDraft {
  key: number
  itemId: string
  batch: string
  expiry: string
  quantity: number | undefined
  unitPrice: number | undefined
  batches: StockBalance[]
}

type Header = Omit<DocumentInput, 'lines'>

let nextKey = 1
const emptyLine = (): LineDraft => ({
  key: nextKey++,
  itemId: '',
  batch: '',
  expiry: '',
  quantity: undefined,
  unitPrice: undefined,
  batches: [],
})

/** The document form's state: header, lines, the batch picker with its first-expiring default, the input. */
export function useDocumentForm() {
  const store = useSuppliesStore()
  const session = useSessionStore()
  const header = reactive<Header>({ kind: 'receipt', date: '', handler: '', reviewer: '', locationId: '' })
  const lines = ref<LineDraft[]>([])

  function reset(): void {
    Object.assign(header, {
      kind: 'receipt',
      date: localToday(),
      handler: session.user?.name ?? '',
      reviewer: '',
      locationId: TOWNSHIP_STORE_ID,
      toLocationId: undefined,
      source: 'donation',
      donor: '',
      recipientKind: 'village',
      recipient: '',
      purpose: '',
      writeOffReason: 'expired',
      note: '',
    } satisfies Header)
    lines.value = [emptyLine()]
  }

  /** Loads the batches of the line's item at the stock point and, for outgoing kinds, picks the first to expire. */
  async function loadBatches(line: LineDraft): Promise<void> {
    line.batches = line.itemId && header.locationId ? await store.batches(line.itemId, header.locationId) : []
    line.batches.sort((a, b) => a.expiry.localeCompare(b.expiry) || a.batch.localeCompare(b.batch))
    if (header.kind === 'receipt') return
    if (!line.batches.some((b) => b.batch === line.batch)) line.batch = suggestBatches(line.batches, 1)[0]?.batch ?? ''
  }

  watch(
    () => [header.locationId, header.kind],
    () => lines.value.forEach((line) => void loadBatches(line)),
  )

  function addLine(): void {
    lines.value.push(emptyLine())
  }

  function removeLine(key: number): void {
    lines.value = lines.value.filter((l) => l.key !== key)
  }

  function available(line: LineDraft): number | undefined {
    return line.batches.find((b) => b.batch === line.batch)?.quantity
  }

  function toInput(): DocumentInput {
    return {
      ...header,
      lines: lines.value.map((l) => ({
        itemId: l.itemId,
        batch: l.batch,
        expiry: header.kind === 'receipt' ? l.expiry : undefined,
        quantity: l.quantity ?? 0,
        unitPrice: header.kind === 'receipt' ? (l.unitPrice ?? undefined) : undefined,
      })),
    }
  }

  return { header, lines, reset, loadBatches, addLine, removeLine, available, toInput }
}
