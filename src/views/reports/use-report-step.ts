import { ElMessage } from 'element-plus'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { errorMessages } from '@/i18n/problem-message'

/**
 * Runs one step of the report flow (save, sign, confirm, submit…): one at a time, a success message, and any
 * refusal kept as Chinese sentences for the page to show next to the buttons.
 */
export function useReportStep() {
  const { t, te } = useI18n()
  const busy = ref(false)
  const errors = ref<string[]>([])

  async function run<T>(work: () => Promise<T>, success?: string): Promise<T | undefined> {
    if (busy.value) return undefined
    busy.value = true
    errors.value = []
    try {
      const result = await work()
      if (success) ElMessage.success(success)
      return result
    } catch (error) {
      errors.value = errorMessages(t, te, error)
      return undefined
    } finally {
      busy.value = false
    }
  }

  return { busy, errors, run }
}
