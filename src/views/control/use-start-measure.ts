import { computed, reactive, watch } from 'vue'
import type { ControlMeasure } from '@/domain/control/measure'
import type { StartMeasureInput } from '@/domain/control/measure-rules'
import type { MeasureType } from '@/domain/control/rule-pack'
import { scheduleFor } from '@/domain/control/schedule'
import { localToday } from '@/domain/person/dates'
import type { Episode } from '@/domain/person/person'
import { useControlStore } from '@/stores/control'
import { useControlSitesStore } from '@/stores/control-sites'

/** The start form's state and the schedule the chosen pack computes, updated as the form changes. */
export function useStartMeasure(episode: Episode) {
  const control = useControlStore()
  const sites = useControlSitesStore()
  void control.loadPacks()
  const today = localToday()
  const anchor = episode.arrivalDate || today
  const pack = control.suggestedPack(anchor)
  const form = reactive<StartMeasureInput & { firstType: MeasureType }>({
    packId: pack.id,
    anchorDate: anchor,
    startDate: today < anchor ? anchor : today,
    firstType: pack.categories[episode.kind]?.segments[0].type ?? 'home-quarantine',
    siteId: '',
    roomId: '',
    orderMode: 'written',
    responsible: '',
  })
  const chosenPack = computed(() => control.packs.find((p) => p.id === form.packId)!)
  const schedule = computed(() =>
    form.anchorDate ? scheduleFor(chosenPack.value, episode.kind, form.anchorDate) : undefined,
  )
  watch(
    () => form.packId,
    () => {
      const first = chosenPack.value.categories[episode.kind]?.segments[0].type
      if (first) form.firstType = first
    },
  )
  const rooms = computed(() => sites.sites.find((s) => s.site.id === form.siteId)?.rooms ?? [])
  watch(
    () => form.siteId,
    () => (form.roomId = rooms.value.find((r) => r.free > 0)?.room.id ?? ''),
  )

  async function submit(): Promise<ControlMeasure> {
    const centralized = form.firstType === 'centralized'
    return control.start(episode.id, {
      ...form,
      siteId: centralized ? form.siteId : '',
      roomId: centralized ? form.roomId : '',
    })
  }

  const packs = computed(() => control.packs)
  return { form, chosenPack, schedule, rooms, sites, packs, submit }
}
