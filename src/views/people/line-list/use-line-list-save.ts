import { reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Problem } from '@/domain/common/result'
import { usePeopleStore } from '@/stores/people'
import { messagesByColumn } from './line-rows'
import type { LineList } from './use-line-list'

/** The end of a save: what the summary message says, and how it is shown. */
export interface SaveSummary {
  type: 'success' | 'warning' | 'info'
  text: string
}

/**
 * 保存无误的行: saves every row without errors, one registration (one transaction) at a time, so a row the
 * service refuses never holds back the others. Saved rows are locked; refused rows show why and stay for fixing.
 */
export function useLineListSave(list: LineList) {
  const { t } = useI18n()
  const people = usePeopleStore()
  const progress = reactive({ running: false, done: 0, total: 0 })
  const summary = ref<SaveSummary | null>(null)

  async function saveValid(): Promise<void> {
    if (progress.running) return
    list.commitEdit()
    list.checkAll()
    const ready = list.state.rows.filter((row) => row.state === 'pending' || row.state === 'warning')
    Object.assign(progress, { running: true, done: 0, total: ready.length })
    const tally = { people: 0, episodes: 0, warned: 0, duplicates: 0, refused: 0 }
    for (const row of ready) {
      const reading = list.check(row)
      if (!reading || reading.errors.length) {
        tally.refused++
        progress.done++
        continue
      }
      row.state = 'saving'
      try {
        const result = await people.register(reading.input)
        row.state = 'saved'
        row.outcome = result.outcome
        tally[result.outcome === 'new-person' ? 'people' : 'episodes']++
        if (result.warnings.length) tally.warned++
        tally.duplicates += result.duplicates
      } catch (error) {
        const problems = (error as { problems?: Problem[] }).problems ?? [
          { field: 'row', code: 'lineList.saveFailed', params: { message: String(error) } },
        ]
        row.state = 'error'
        row.errors = messagesByColumn(problems, list.message)
        tally.refused++
      }
      progress.done++
    }
    progress.running = false
    summary.value = summarise(tally, list.counts.value.error)
  }

  function summarise(
    tally: Record<'people' | 'episodes' | 'warned' | 'duplicates' | 'refused', number>,
    errors: number,
  ) {
    const saved = tally.people + tally.episodes
    if (saved === 0 && errors === 0) return { type: 'info' as const, text: t('lineList.nothingToSave') }
    const parts = [t('lineList.summary.saved', { saved, people: tally.people, episodes: tally.episodes })]
    if (tally.warned) parts.push(t('lineList.summary.warned', { n: tally.warned }))
    if (tally.duplicates) parts.push(t('lineList.summary.duplicates', { n: tally.duplicates }))
    if (errors) parts.push(t('lineList.summary.errors', { n: errors }))
    return { type: errors ? ('warning' as const) : ('success' as const), text: parts.join('') }
  }

  return { progress, summary, saveValid }
}
