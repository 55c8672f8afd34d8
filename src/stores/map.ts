import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { LocalDate } from '@/domain/common/entity'
import type { CoordinateSystem } from '@/domain/map/coordinates'
import type { ImportTarget, MapImportPreview, ReviewChoices } from '@/domain/map/import-plan'
import type { MapLayer, SchematicTile } from '@/domain/map/map-layer'
import { DEFAULT_MAP_SETTINGS, type MapSettings } from '@/domain/map/map-settings'
import type { RiskDecision, RiskDecisionInput, RiskLabelSet } from '@/domain/map/risk-level'
import { localToday } from '@/domain/person/dates'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { countPeopleByVillage } from '@/db/repositories/map-counts-repository'
import { getMapSettings, listMapLayers } from '@/db/repositories/map-layer-repository'
import { listRiskDecisions } from '@/db/repositories/risk-repository'
import { commitMapImport, previewMapImport } from '@/services/map/map-import-service'
import type { PrepareStep } from '@/services/map/read-geometry-file'
import { chooseRiskLabels, decideRiskLevel } from '@/services/map/risk-service'
import { arrangeTile, loadSchematic } from '@/services/map/schematic-service'
import { buildVillageAreas } from '@/services/map/village-area-service'
import { prepareInWorker } from '@/workers/map-import-client'
import { useSessionStore } from './session'

/** The risk map: decisions, layers, schematic tiles and settings kept live, the chosen day, and the map's actions. */
export const useMapStore = defineStore('map', () => {
  const decisions = shallowRef<RiskDecision[]>([])
  const layers = shallowRef<MapLayer[]>([])
  const tiles = shallowRef<SchematicTile[]>([])
  const settings = shallowRef<MapSettings>(DEFAULT_MAP_SETTINGS)
  const peopleCounts = shallowRef<Map<string, number>>(new Map())
  const date = ref<LocalDate>(localToday())
  const loaded = ref(false)
  const error = ref<unknown>(null)
  let stop: (() => void) | undefined

  async function watch(): Promise<void> {
    if (stop) return
    const db = await appDatabase()
    // In parallel: the layers (the large read) need not wait behind the others.
    const query = async () => {
      const [decisions, layers, tiles, settings] = await Promise.all([
        listRiskDecisions(db),
        listMapLayers(db),
        loadSchematic(db),
        getMapSettings(db),
      ])
      return { decisions, layers, tiles, settings }
    }
    stop = watchQuery(
      query,
      (value) => {
        decisions.value = value.decisions
        layers.value = value.layers
        tiles.value = value.tiles
        settings.value = value.settings
        loaded.value = true
      },
      (e) => (error.value = e),
    )
  }

  function unwatch(): void {
    stop?.()
    stop = undefined
  }

  /** The latest people-count read: an earlier one that answers late is dropped. */
  let peopleCountsRead = 0
  async function loadPeopleCounts(villageIds: string[]): Promise<void> {
    const read = ++peopleCountsRead
    const counts = await countPeopleByVillage(await appDatabase(), villageIds)
    if (read === peopleCountsRead) peopleCounts.value = counts
  }

  function role() {
    return useSessionStore().user?.role ?? 'duty'
  }

  async function decide(input: RiskDecisionInput): Promise<RiskDecision> {
    return decideRiskLevel(await appDatabase(), input, useSessionStore().actor, role())
  }

  /** Reads a file in a Worker and builds the review; nothing is saved. */
  async function previewImport(
    file: File,
    system: CoordinateSystem,
    target: ImportTarget,
    onStep?: (step: PrepareStep) => void,
  ): Promise<MapImportPreview> {
    const prepared = await prepareInWorker(file.name, await file.arrayBuffer(), system, onStep)
    return previewMapImport(await appDatabase(), prepared, target)
  }

  async function commitImport(preview: MapImportPreview, choices: ReviewChoices): Promise<MapLayer> {
    return commitMapImport(await appDatabase(), preview, choices, useSessionStore().actor, role())
  }

  async function buildAreas(): Promise<MapLayer> {
    return buildVillageAreas(await appDatabase(), useSessionStore().actor, role())
  }

  async function arrange(villageId: string, cell: { col: number; row: number }): Promise<void> {
    await arrangeTile(await appDatabase(), villageId, cell, useSessionStore().actor, role())
  }

  async function setLabelSet(labelSet: RiskLabelSet): Promise<void> {
    await chooseRiskLabels(await appDatabase(), labelSet, useSessionStore().actor, role())
  }

  return {
    decisions,
    layers,
    tiles,
    settings,
    peopleCounts,
    date,
    loaded,
    error,
    watch,
    unwatch,
    loadPeopleCounts,
    decide,
    previewImport,
    commitImport,
    buildAreas,
    arrange,
    setLabelSet,
  }
})
