import { onMounted } from 'vue'
import { useI18n } from 'vue-i18n'
import type { MeasureChange } from '@/domain/control/measure'
import { SEGMENT_TYPES, type MeasureType } from '@/domain/control/rule-pack'
import { useControlSitesStore } from '@/stores/control-sites'

/** Where a transfer can send someone. */
export const TRANSFER_TYPES: readonly MeasureType[] = [...SEGMENT_TYPES, 'hospital']

/** `县宾馆 305`: a room with its site's name, from the live site list. */
export function useRoomLabel() {
  const sites = useControlSitesStore()
  onMounted(() => sites.watch())
  return (siteId: string, roomId: string) => {
    const site = sites.sites.find((s) => s.site.id === siteId)?.site
    const room = site?.rooms.find((r) => r.id === roomId)
    return site && room ? `${site.name} ${room.number}` : ''
  }
}

/** A history line's detail with measure types in words (`centralized → home-monitoring` is stored as data). */
export function useHistoryText() {
  const { t } = useI18n()
  return (change: MeasureChange) =>
    change.detail.replace(/\b(centralized|home-quarantine|home-monitoring|self-monitoring|hospital)\b/g, (type) =>
      t(`control.types.${type}`),
    )
}
