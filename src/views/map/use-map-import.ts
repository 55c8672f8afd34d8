import { computed, reactive, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CoordinateSystem } from '@/domain/map/coordinates'
import { matchCounts, type FeatureMatch, type MatchStatus } from '@/domain/map/feature-match'
import { chosenVillage, type ImportTarget, type MapImportPreview, type ReviewChoices } from '@/domain/map/import-plan'
import { errorMessages, problemMessage } from '@/i18n/problem-message'
import { useMapStore } from '@/stores/map'
import { useVillagesStore } from '@/stores/villages'

/** One line of the review table, in display terms. */
export interface ReviewLine {
  index: number
  name: string
  code: string
  kind: string
  status: MatchStatus
  by: string
  /** The village chosen now (match or the reviewer's pick); '' for none. */
  villageId: string
  candidates: string[]
  problem: string
}

const STEPS = { read: 20, parse: 55, check: 85 } as const

/** The map import dialog's flow: pick a file → progress → review (matched / unmatched / ambiguous) → save. */
export function useMapImport() {
  const { t, te } = useI18n()
  const map = useMapStore()
  const villages = useVillagesStore()
  const target = ref<ImportTarget>('villages')
  const system = ref<CoordinateSystem>('wgs84')
  const preview = shallowRef<MapImportPreview>()
  const choices = reactive<ReviewChoices>({})
  const progress = ref(0)
  const busy = ref(false)
  const failure = ref<string[]>([])
  const filter = ref<MatchStatus | ''>('')

  async function pick(file: File): Promise<void> {
    busy.value = true
    failure.value = []
    progress.value = 5
    try {
      preview.value = await map.previewImport(
        file,
        system.value,
        target.value,
        (step) => (progress.value = STEPS[step]),
      )
      progress.value = 100
    } catch (e) {
      failure.value = errorMessages(t, te, e)
    } finally {
      busy.value = false
    }
  }

  function line(row: FeatureMatch): ReviewLine {
    const problem = row.feature.problem
    return {
      index: row.feature.index,
      name: row.feature.name,
      code: row.feature.code,
      kind: t(`map.shapeKinds.${row.feature.shape.type}`),
      status: row.status,
      by: row.by ? t(`map.review.by.${row.by}`) + (row.codeRepaired ? t('map.review.repaired') : '') : '',
      villageId: chosenVillage(row, choices) ?? '',
      candidates: row.candidates,
      problem: problem ? problemMessage(t, te, problem) : '',
    }
  }

  const lines = computed(() =>
    (preview.value?.rows ?? []).filter((r) => !filter.value || r.status === filter.value).map(line),
  )
  const counts = computed(() => matchCounts(preview.value?.rows ?? []))
  const toSave = computed(() =>
    preview.value?.target === 'township'
      ? counts.value.matched
      : (preview.value?.rows ?? []).filter((r) => r.status !== 'invalid' && chosenVillage(r, choices)).length,
  )

  function choose(index: number, villageId: string): void {
    choices[index] = villageId
  }

  async function save(): Promise<boolean> {
    if (!preview.value) return false
    busy.value = true
    failure.value = []
    try {
      await map.commitImport(preview.value, { ...choices })
      return true
    } catch (e) {
      failure.value = errorMessages(t, te, e)
      return false
    } finally {
      busy.value = false
    }
  }

  function reset(): void {
    preview.value = undefined
    failure.value = []
    progress.value = 0
    for (const key of Object.keys(choices)) delete choices[Number(key)]
  }

  return {
    target,
    system,
    preview,
    lines,
    counts,
    toSave,
    progress,
    busy,
    failure,
    filter,
    villages,
    pick,
    choose,
    save,
    reset,
  }
}
