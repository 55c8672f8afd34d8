import { reactive, ref } from 'vue'
import { DEFAULT_IDLE_LOCK_MINUTES, DEFAULT_REPORT_WINDOW, type TownshipInput } from '@/domain/township/township'
import { townshipProblems, normalizeTownship } from '@/domain/township/township-rules'
import { DEMO_ACCOUNTS, DEMO_PIN } from '@/domain/demo/demo-accounts'
import { useTownshipStore } from '@/stores/township'

/** The wizard's state and its two ways to finish: my township, or the demo township. */
export function useSetup() {
  const mode = ref<'real' | 'demo' | null>(null)
  const step = ref(0)
  const busy = ref(false)
  const township = reactive<TownshipInput>({
    name: '',
    code: '',
    countyName: '',
    reportWindow: { ...DEFAULT_REPORT_WINDOW },
    idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
  })
  const admin = reactive({ name: '管理员', password: '', again: '' })
  const result = ref<{ name: string; villages: number } | null>(null)

  function choose(next: 'real' | 'demo') {
    mode.value = next
    step.value = next === 'real' ? 1 : 2
  }

  function townshipCheck() {
    return townshipProblems(normalizeTownship(township))
  }

  async function finish(): Promise<void> {
    busy.value = true
    try {
      const adminInput = { name: admin.name, password: admin.password }
      const done = await useTownshipStore().setup(mode.value === 'demo' ? 'demo' : township, adminInput)
      result.value = { name: done.township.name, villages: done.villageCount }
      step.value = 3
    } finally {
      busy.value = false
    }
  }

  const demoAccounts = DEMO_ACCOUNTS.map((a) => a.name).join('、')
  return { mode, step, busy, township, admin, result, choose, townshipCheck, finish, demoAccounts, demoPin: DEMO_PIN }
}
