import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { LogEntry, LogKind, LogLink } from '@/domain/log/log-entry'
import { useProblems } from '@/composables/use-problems'
import { useLogStore } from '@/stores/log'

/** The capture dialog's form: prefilled from the entry being corrected, saved through the log store. */
export function useCaptureForm() {
  const { t } = useI18n()
  const log = useLogStore()
  const problems = useProblems()
  const busy = ref(false)
  const source: LogEntry | null = log.capture.correcting
  const linked = (type: LogLink['type']) => source?.links.filter((l) => l.type === type).map((l) => l.id) ?? []
  const form = reactive({
    kind: (source?.kind ?? 'call-in') as LogKind,
    occurredAt: new Date(source?.occurredAt ?? Date.now()),
    counterpart: source?.counterpart ?? '',
    phone: source?.phone ?? '',
    villageId: source?.villageId ?? '',
    content: source?.content ?? '',
    handling: source?.handling ?? '',
    personIds: linked('person'),
    orderIds: linked('order'),
    incidentIds: linked('incident'),
  })
  // Untouched, the time follows the clock: an entry saved a minute after the dialog opened is "now", not then.
  let timeTouched = Boolean(source)

  function touchTime() {
    timeTouched = true
  }

  function setNow() {
    form.occurredAt = new Date()
    timeTouched = false
  }

  function close() {
    log.capture.open = false
    log.capture.correcting = null
  }

  async function save() {
    if (busy.value) return
    busy.value = true
    try {
      const links: LogLink[] = [
        ...form.personIds.map((id) => ({ type: 'person' as const, id })),
        ...form.orderIds.map((id) => ({ type: 'order' as const, id })),
        ...form.incidentIds.map((id) => ({ type: 'incident' as const, id })),
      ]
      const entry = await log.append({
        kind: form.kind,
        occurredAt: timeTouched && form.occurredAt ? form.occurredAt.getTime() : Date.now(),
        counterpart: form.counterpart,
        phone: form.phone,
        villageId: form.villageId || undefined,
        content: form.content,
        handling: form.handling,
        links,
      })
      ElMessage.success(t('log.saved', { seq: entry.seq }))
      close()
    } catch (e) {
      problems.fail(e)
    } finally {
      busy.value = false
    }
  }

  return { form, problems, busy, source, save, close, setNow, touchTime }
}
