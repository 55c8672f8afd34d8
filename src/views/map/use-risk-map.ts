import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { LonLat } from '@/domain/map/coordinates'
import { boundsOf, positionsOf } from '@/domain/map/geometry'
import { geographicMap, schematicMap, type DrawnGeoJson } from '@/domain/map/map-geojson'
import { decisionOn, groupByVillage, RISK_LEVELS, type RiskLevel } from '@/domain/map/risk-level'
import { useMapStore } from '@/stores/map'
import { useTownshipStore } from '@/stores/township'
import { useVillagesStore } from '@/stores/villages'
import { formatCount } from '@/utils/format'
import { countLevels, type MapVillage, type RiskMapInput } from './risk-map-option'

/** Which drawing: real geometry (once village areas exist) or the schematic tiles. */
export type MapMode = 'geographic' | 'schematic'

/** The risk map's data for the chosen day, in display terms: what the chart, the legend and the panel show. */
export function useRiskMap(mode: Ref<MapMode>, large: Ref<boolean>) {
  const { t } = useI18n()
  const map = useMapStore()
  const villages = useVillagesStore()
  const township = useTownshipStore()

  const areas = computed(() => map.layers.find((l) => l.id === 'villageAreas'))
  const boundary = computed(() => map.layers.find((l) => l.id === 'township'))
  const points = computed(() => map.layers.find((l) => l.id === 'villagePoints'))
  const hasGeography = computed(() => (areas.value?.shapes.length ?? 0) > 0)
  const drawnMode = computed<MapMode>(() =>
    mode.value === 'geographic' && hasGeography.value ? 'geographic' : 'schematic',
  )

  const geoJson = computed<DrawnGeoJson>(() => {
    const active = new Set(villages.active.map((v) => v.id))
    if (drawnMode.value === 'schematic') return schematicMap(map.tiles.filter((tile) => active.has(tile.villageId)))
    const shapes = areas.value!.shapes.filter((s) => active.has(s.villageId))
    return geographicMap(shapes, boundary.value?.shapes[0]?.shape)
  })

  const mapName = computed(() =>
    drawnMode.value === 'schematic'
      ? `schematic-${map.tiles.map((tile) => `${tile.villageId}:${tile.col},${tile.row}`).join(';')}`
      : `geographic-${areas.value?.savedAt}-${boundary.value?.savedAt ?? 0}`,
  )

  const decisionsByVillage = computed(() => groupByVillage(map.decisions))
  const labels = computed(
    () =>
      Object.fromEntries(RISK_LEVELS.map((l) => [l, t(`map.labels.${map.settings.labelSet}.${l}`)])) as Record<
        RiskLevel,
        string
      >,
  )

  const drawnIds = computed(() => new Set(geoJson.value.features.map((f) => f.properties.name)))
  const mapVillages = computed<MapVillage[]>(() =>
    villages.active
      .filter((v) => drawnIds.value.has(v.id))
      .map((v) => {
        const decision = decisionOn(decisionsByVillage.value.get(v.id) ?? [], map.date)
        const people = map.peopleCounts.get(v.id)
        const details = [t('map.tooltip.population', { n: formatCount(v.population) })]
        if (people !== undefined) details.push(t('map.tooltip.people', { n: formatCount(people) }))
        if (decision)
          details.push(
            t('map.tooltip.decision', {
              from: decision.effectiveFrom,
              source: decision.source,
              reason: decision.reason,
            }),
          )
        return { id: v.id, name: v.name, level: decision?.level ?? 'none', details }
      }),
  )

  const markers = computed<LonLat[]>(() =>
    drawnMode.value === 'geographic'
      ? (points.value?.shapes ?? []).flatMap((s) => (s.shape.type === 'Point' ? [s.shape.coordinates] : []))
      : [],
  )

  const centreLatitude = computed(() => {
    if (drawnMode.value === 'schematic') return 0
    const [, minY, , maxY] = boundsOf(geoJson.value.features.flatMap((f) => positionsOf(f.geometry)))
    return (minY + maxY) / 2
  })

  const input = computed<RiskMapInput>(() => ({
    mapName: mapName.value,
    geographic: drawnMode.value === 'geographic',
    centreLatitude: centreLatitude.value,
    villages: mapVillages.value,
    labels: labels.value,
    title: t('map.chartTitle', { name: township.township?.name ?? '', date: map.date }),
    legendCounts: countLevels(mapVillages.value),
    markers: markers.value,
    large: large.value,
  }))

  return { input, geoJson, hasGeography, drawnMode, labels, areas, boundary, points, decisionsByVillage }
}
