import { onBeforeUnmount, onMounted, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import type { LonLat } from '@/domain/map/coordinates'
import { errorMessages } from '@/i18n/problem-message'
import { useMapFiguresStore } from '@/stores/map-figures'

/**
 * Placing a quarantine site by clicking the map: `start` names the site, the next click on the chart places it
 * (the chart gives WGS-84, the stored system), Esc cancels.
 */
export function useSitePicking() {
  const { t, te } = useI18n()
  const figures = useMapFiguresStore()
  const site = ref<{ id: string; name: string } | null>(null)

  function start(id: string, name: string): void {
    site.value = { id, name }
  }

  async function place(at: LonLat): Promise<void> {
    const target = site.value
    if (!target) return
    site.value = null
    try {
      await figures.place(target.id, at[0].toFixed(6), at[1].toFixed(6), 'wgs84')
      ElMessage.success(t('map.sites.placed', { name: target.name }))
    } catch (e) {
      ElMessage.error(errorMessages(t, te, e).join('；'))
    }
  }

  function onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') site.value = null
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))

  return { site, start, place }
}
