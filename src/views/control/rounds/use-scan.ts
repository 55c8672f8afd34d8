import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { PoolTube, TestingRound } from '@/domain/control/testing-round'
import { normalizeTubeNo } from '@/domain/control/round-rules'
import { errorMessages } from '@/i18n/problem-message'
import { useRoundsStore } from '@/stores/rounds'

/** One line of the scan feed: what the last Enter did, in green or red. */
export interface ScanLine {
  key: number
  ok: boolean
  text: string
}

/**
 * The scanning screen's flow: a tube number, Enter; then person numbers, Enter after each; the tube closes when
 * full and the cursor goes back to the tube number. Every answer is shown as a coloured line (no sound).
 */
export function useScan(round: () => TestingRound, focusTube: () => void, focusPerson: () => void) {
  const { t, te } = useI18n()
  const store = useRoundsStore()
  const form = reactive({ tubeNo: '', person: '', position: undefined as number | undefined, pointId: '' })
  const tube = ref<PoolTube | undefined>()
  const feed = ref<ScanLine[]>([])
  const busy = ref(false)
  let key = 0

  function say(ok: boolean, text: string) {
    feed.value = [{ key: ++key, ok, text }, ...feed.value].slice(0, 12)
  }

  async function enterTube() {
    const tubeNo = normalizeTubeNo(form.tubeNo)
    if (!tubeNo) return
    form.tubeNo = tubeNo
    tube.value = await store.tube(round().id, tubeNo)
    if (tube.value && (tube.value.closed || tube.value.count >= tube.value.size)) {
      say(false, t('rounds.scan.tubeIsClosed', { tubeNo, count: tube.value.count, size: tube.value.size }))
      return
    }
    say(
      true,
      tube.value
        ? t('rounds.scan.tubeAgain', { tubeNo, count: tube.value.count })
        : t('rounds.scan.tubeNew', { tubeNo }),
    )
    focusPerson()
  }

  async function enterPerson() {
    if (busy.value || !form.person.trim()) return
    if (!form.tubeNo) return focusTube()
    busy.value = true
    try {
      const outcome = await store.scan(round().id, { ...form, position: form.position || undefined })
      tube.value = outcome.tube
      const { sample } = outcome
      say(true, t('rounds.scan.recorded', { tubeNo: sample.tubeNo, position: sample.position, name: sample.name }))
      form.person = ''
      form.position = undefined
      if (outcome.tube.closed) {
        say(true, t('rounds.scan.tubeFull', { tubeNo: sample.tubeNo, size: outcome.tube.size }))
        form.tubeNo = ''
        tube.value = undefined
        focusTube()
      } else focusPerson()
    } catch (e) {
      say(false, errorMessages(t, te, e).join('；'))
      focusPerson()
    } finally {
      busy.value = false
    }
  }

  async function seal() {
    if (!tube.value) return
    try {
      await store.seal(tube.value.id)
      say(true, t('rounds.scan.sealed', { tubeNo: tube.value.tubeNo, count: tube.value.count }))
      form.tubeNo = ''
      tube.value = undefined
      focusTube()
    } catch (e) {
      say(false, errorMessages(t, te, e).join('；'))
    }
  }

  return { form, tube, feed, busy, enterTube, enterPerson, seal }
}
