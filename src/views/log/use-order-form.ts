import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { LogEntry } from '@/domain/log/log-entry'
import type { OrderOwnerKind, OrderPriority } from '@/domain/log/order'
import { useProblems } from '@/composables/use-problems'
import { useOrdersStore } from '@/stores/orders'
import { useVillagesStore } from '@/stores/villages'

/** The new-order form: from a log entry (its content and village prefilled) or blank; deadline in 2 hours. */
export function useOrderForm(source: LogEntry | undefined, incidentId: string | undefined, done: () => void) {
  const { t } = useI18n()
  const orders = useOrdersStore()
  const villages = useVillagesStore()
  const problems = useProblems()
  const busy = ref(false)
  const form = reactive({
    title: source?.content ?? '',
    ownerKind: (source?.villageId ? 'village' : 'staff') as OrderOwnerKind,
    ownerName: '',
    ownerVillageId: source?.villageId ?? '',
    deadline: new Date(Math.ceil((Date.now() + 2 * 3600_000) / 900_000) * 900_000),
    priority: 'normal' as OrderPriority,
    source: source ? `${t('log.columns.seq')} ${source.seq}` : '',
  })

  async function save() {
    if (busy.value) return
    busy.value = true
    try {
      const village = villages.active.find((v) => v.id === form.ownerVillageId)
      const ownerName = form.ownerKind === 'village' ? (village?.name ?? '') : form.ownerName
      await orders.issue(
        {
          title: form.title,
          ownerKind: form.ownerKind,
          ownerName,
          ownerVillageId: form.ownerKind === 'village' ? form.ownerVillageId : undefined,
          deadline: form.deadline ? form.deadline.getTime() : NaN,
          priority: form.priority,
          source: form.source,
          incidentId,
        },
        source,
      )
      ElMessage.success(t('orders.issued'))
      done()
    } catch (e) {
      problems.fail(e)
    } finally {
      busy.value = false
    }
  }

  return { form, problems, busy, save }
}
