import { ref, watch, type Ref } from 'vue'
import type { DutyShiftRecord, OpenItem } from '@/domain/duty/handover'

/** An editable copy of a shift's notes and items, reset whenever the stored record changes. */
export function useShiftNotes(record: Ref<DutyShiftRecord | undefined>) {
  const notes = ref('')
  const items = ref<(Partial<OpenItem> & { text: string; done: boolean })[]>([])
  const handoverText = ref('')
  watch(
    record,
    (r) => {
      notes.value = r?.notes ?? ''
      items.value = (r?.items ?? []).map((i) => ({ ...i }))
      handoverText.value = r?.handover?.text ?? handoverText.value
    },
    { immediate: true },
  )
  const addItem = () => items.value.push({ text: '', done: false })
  const removeItem = (index: number) => items.value.splice(index, 1)
  return { notes, items, handoverText, addItem, removeItem }
}
