import { reactive } from 'vue'
import type { CategoryRule, DayCounting, MeasureType, ReleaseCondition, RulePack } from '@/domain/control/rule-pack'
import { localToday } from '@/domain/person/dates'
import type { EpisodeKind } from '@/domain/person/person'
import { EPISODE_KINDS } from '@/views/people/people-options'

/** One segment as the form holds it: test days as typed ("1、4、7"). */
export interface SegmentDraft {
  type: MeasureType
  days: number
  testDays: string
}

/** One category as the form holds it. */
export interface CategoryDraft {
  kind: EpisodeKind
  on: boolean
  release: ReleaseCondition
  note: string
  segments: SegmentDraft[]
}

/** Test days as typed, separated by commas, 、 or spaces; anything not a number stays NaN for the check to name. */
export function readTestDays(text: string): number[] {
  return text
    .split(/[,，、\s]+/)
    .filter((x) => x !== '')
    .map(Number)
}

/** The editor's form, prefilled from a base pack (its categories copied), and the pack it describes. */
export function usePackEditor() {
  const form = reactive({
    id: '',
    name: '',
    disease: '',
    document: '',
    effectiveFrom: localToday(),
    effectiveTo: '',
    dayCounting: 'day-0' as DayCounting,
    basedOn: '',
    categories: EPISODE_KINDS.map((kind): CategoryDraft => ({
      kind,
      on: false,
      release: 'days-complete',
      note: '',
      segments: [],
    })),
  })

  function copyFrom(base: RulePack | undefined) {
    form.basedOn = base?.id ?? ''
    if (!base) return
    form.disease ||= base.disease
    form.dayCounting = base.dayCounting
    for (const draft of form.categories) {
      const rule = base.categories[draft.kind]
      draft.on = rule !== undefined
      draft.release = rule?.release ?? 'days-complete'
      draft.note = rule?.note ?? ''
      draft.segments = (rule?.segments ?? []).map((s) => ({
        type: s.type,
        days: s.days,
        testDays: s.testDays.join('、'),
      }))
    }
  }

  function addSegment(draft: CategoryDraft) {
    draft.segments.push({ type: 'home-quarantine', days: 7, testDays: '' })
  }

  function pack(): RulePack {
    const categories: Partial<Record<EpisodeKind, CategoryRule>> = {}
    for (const d of form.categories.filter((c) => c.on))
      categories[d.kind] = {
        release: d.release,
        note: d.note.trim(),
        segments: d.segments.map((s) => ({ type: s.type, days: s.days, testDays: readTestDays(s.testDays) })),
      }
    return {
      id: form.id.trim(),
      version: 1,
      name: form.name,
      disease: form.disease,
      document: form.document,
      effectiveFrom: form.effectiveFrom ?? '',
      effectiveTo: form.effectiveTo ?? '',
      dayCounting: form.dayCounting,
      categories,
      ...(form.basedOn ? { basedOn: form.basedOn } : {}),
    }
  }

  return { form, copyFrom, addSegment, pack }
}
