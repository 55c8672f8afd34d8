import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { LonLat } from '@/domain/map/coordinates'
import { boundsOf, positionsOf } from '@/domain/map/geometry'
import { geographicMap, schematicMap, type DrawnGeoJson } from '@/domain/map/map-geojson'
import { decisionOn, groupByVillage, RISK_LEVELS, type RiskLevel } from '@/domain/map/risk-level'
import { suggestLevel } from '@/domain/map/risk-rules'
import { countsOf } from '@/domain/map/village-counts'
import { useMapStore } from '@/stores/map'
import { useMapFiguresStore } from '@/stores/map-figures'
import { useTownshipStore } from '@/stores/township'
import { useVillagesStore } from '@/stores/villages'
import { formatCount } from '@/utils/format'
import { countLevels, type MapVillage, type RiskMapInput, type SitePoint } from './risk-map-option'
import { figureLines, hitsText } from './village-figures-text'

let drawnCache: { key: string; geoJson: DrawnGeoJson } | undefined
let markerCache: { key: string; markers: LonLat[] } | undefined

/** Which drawing: real geometry (once village areas exist) or the schematic tiles. */
export type MapMode = 'geographic' | 'schematic'

/** The risk map's data for the chosen day, in display terms: what the chart, the legend and the panel show. */
export function useRiskMap(mode: Ref<MapMode>, large: Ref<boolean>) {
  const { t } = useI18n()
  const map = useMapStore()
  const figures = useMapFiguresStore()
  const villages = useVillagesStore()
  const township = useTownshipStore()

  const areas = computed(() => map.layers.find((l) => l.id === 'villageAreas'))
  const boundary = computed(() => map.layers.find((l) => l.id === 'township'))
  const points = computed(() => map.layers.find((l) => l.id === 'villagePoints'))
  const hasGeography = computed(() => (areas.value?.shapes.length ?? 0) > 0)
  const drawnMode = computed<MapMode>(() =>
    mode.value === 'geographic' && hasGeography.value ? 'geographic' : 'schematic',
  )

  const mapName = computed(() =>
    drawnMode.value === 'schematic'
      ? `schematic-${map.tiles.map((tile) => `${tile.villageId}:${tile.col},${tile.row}`).join(';')}`
      : `geographic-${areas.value?.savedAt}-${boundary.value?.savedAt ?? 0}`,
  )

  const geoJson = computed<DrawnGeoJson>(() => {
    const active = new Set(villages.active.map((v) => v.id))
    const key = `${mapName.value}|${[...active].join()}`
    // The layers are read anew each time the map opens: the same layers draw from the same (simplified) object, so
    // ECharts keeps the map it parsed and the chart is not rebuilt.
    if (drawnCache?.key === key) return drawnCache.geoJson
    const drawn =
      drawnMode.value === 'schematic'
        ? schematicMap(map.tiles.filter((tile) => active.has(tile.villageId)))
        : geographicMap(
            areas.value!.shapes.filter((s) => active.has(s.villageId)),
            boundary.value?.shapes[0]?.shape,
          )
    drawnCache = { key, geoJson: drawn }
    return drawn
  })

  const decisionsByVillage = computed(() => groupByVillage(map.decisions))
  const labels = computed(
    () =>
      Object.fromEntries(RISK_LEVELS.map((l) => [l, t(`map.labels.${map.settings.labelSet}.${l}`)])) as Record<
        RiskLevel,
        string
      >,
  )

  const drawnIds = computed(() => new Set(geoJson.value.features.map((f) => f.properties.name)))
  const mapVillages = computed<MapVillage[]>(() => {
    const counted = figures.counts.size > 0
    const date = map.date
    return villages.active
      .filter((v) => drawnIds.value.has(v.id))
      .map((v) => {
        const decision = decisionOn(decisionsByVillage.value.get(v.id) ?? [], date)
        const level = decision?.level ?? 'none'
        const suggestion = counted ? suggestLevel(figures.rules, figures.counts, v.id, date) : undefined
        const suggested = suggestion?.level ?? level
        // The tooltip's lines are worded only when a village is hovered, not for all of them on every replay step.
        const details = () => {
          const people = map.peopleCounts.get(v.id)
          const lines = [t('map.tooltip.population', { n: formatCount(v.population) })]
          if (people !== undefined) lines.push(t('map.tooltip.people', { n: formatCount(people) }))
          if (counted) lines.push(...figureLines(t, figures.counts, countsOf(figures.counts, date, v.id), v.id, date))
          if (decision)
            lines.push(
              t('map.tooltip.decision', {
                from: decision.effectiveFrom,
                source: decision.source,
                reason: decision.reason,
              }),
            )
          if (suggestion)
            lines.push(
              suggestion.hits.length
                ? t('map.suggest.line', { level: labels.value[suggested], why: hitsText(t, suggestion.hits) })
                : t('map.suggest.none', { level: labels.value[suggested] }),
            )
          return lines
        }
        return { id: v.id, name: v.name, level, suggested, differs: suggested !== level, details }
      })
  })

  const markers = computed<LonLat[]>(() => {
    if (drawnMode.value !== 'geographic' || !points.value) return []
    const key = `${points.value.savedAt}`
    if (markerCache?.key !== key)
      markerCache = {
        key,
        markers: points.value.shapes.flatMap((s) => (s.shape.type === 'Point' ? [s.shape.coordinates] : [])),
      }
    return markerCache.markers
  })

  const sitePoints = computed<SitePoint[]>(() =>
    drawnMode.value === 'geographic'
      ? figures.sites.flatMap((s) =>
          s.site.location
            ? [
                {
                  name: s.site.name,
                  at: s.site.location,
                  detail: t('map.sites.occupancy', { occupants: s.occupants, capacity: s.capacity }),
                },
              ]
            : [],
        )
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
    sites: sitePoints.value,
    layerNames: { sites: t('map.sites.layer'), markers: t('map.sites.points') },
    differsLabel: t('map.suggest.legend', { n: mapVillages.value.filter((v) => v.differs).length }),
    suggestedLabel: t('map.suggest.label'),
    large: large.value,
  }))

  return { input, geoJson, hasGeography, drawnMode, labels, areas, boundary, points, decisionsByVillage }
}
