import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '@/domain/accounts/user'
import type { ValidationError } from '@/domain/common/result'
import { distanceMetres, type LonLat } from '@/domain/map/coordinates'
import type { Village } from '@/domain/township/village'
import type { CommandPostDatabase } from '@/db/database'
import { getMapLayer, listMapLayers } from '@/db/repositories/map-layer-repository'
import { commitMapImport, previewMapImport } from '@/services/map/map-import-service'
import { MAX_GEOMETRY_BYTES, prepareGeometryFile } from '@/services/map/read-geometry-file'
import { buildVillageAreas } from '@/services/map/village-area-service'
import { demoVillagesDb } from './map-test-db'

const CLERK: Actor = { id: 'usr_clerk', name: '陈文书' }
const bytes = (name: string) => new Uint8Array(readFileSync(resolve('test/fixtures/map', name)))
let db: CommandPostDatabase
let villages: Village[]

beforeEach(async () => ({ db, villages } = await demoVillagesDb()))
afterEach(() => db.delete())

async function refusal(run: Promise<unknown>): Promise<string> {
  try {
    await run
  } catch (e) {
    return (e as ValidationError).problems[0].code
  }
  return 'no error'
}

describe('importing geometry', () => {
  it('reads an Ovital KMZ in GCJ-02, matches by code and stores WGS-84 with the declared system', async () => {
    const file = await prepareGeometryFile('村委会.kmz', bytes('village-points-ovital.kmz'), 'gcj02')
    const preview = await previewMapImport(db, file, 'villages')
    expect(preview.layerKind).toBe('villagePoints')
    expect(preview.rows.filter((r) => r.status === 'matched')).toHaveLength(20)
    expect(preview.skipped).toBe(1)
    const layer = await commitMapImport(db, preview, {}, CLERK, 'clerk')
    expect(layer).toMatchObject({ id: 'villagePoints', sourceSystem: 'gcj02', fileName: '村委会.kmz', origin: 'file' })
    const huayuan = layer.shapes.find((s) => s.villageId === villages[4].id)!.shape
    // 花园村's committee sits at the centre of cell 4 of the fixture: 102.99, 30.11 in WGS-84.
    expect(distanceMetres(huayuan.coordinates as LonLat, [102.99, 30.11])).toBeLessThan(1)
  })

  it('saves nothing when the review leaves nothing, and lets the reviewer settle an ambiguity', async () => {
    const file = await prepareGeometryFile('villages.geojson', bytes('villages.geojson'), 'wgs84')
    const preview = await previewMapImport(db, file, 'villages')
    const leaveAll = Object.fromEntries(preview.rows.map((r) => [r.feature.index, '']))
    expect(await refusal(commitMapImport(db, preview, leaveAll, CLERK, 'clerk'))).toBe('mapImport.nothingToSave')
    expect(await listMapLayers(db)).toEqual([])
    const twice = { 19: villages[19].id, 21: villages[19].id }
    expect(await refusal(commitMapImport(db, preview, twice, CLERK, 'clerk'))).toBe('mapImport.villageTwice')
    const layer = await commitMapImport(
      db,
      preview,
      { 19: villages[19].id, 20: villages[0].id, 0: '', 21: '' },
      CLERK,
      'clerk',
    )
    expect(layer.shapes).toHaveLength(20)
  })

  it('refuses a duty officer, and bad files with a clear reason before anything is saved', async () => {
    const file = await prepareGeometryFile('villages.geojson', bytes('villages.geojson'), 'wgs84')
    expect(await refusal(commitMapImport(db, await previewMapImport(db, file, 'villages'), {}, CLERK, 'duty'))).toBe(
      'mapImport.forbidden',
    )
    expect(await refusal(prepareGeometryFile('a.geojson', bytes('not-geometry.json'), 'wgs84'))).toBe(
      'mapImport.notGeometry',
    )
    expect(await refusal(prepareGeometryFile('a.geojson', bytes('empty.geojson'), 'wgs84'))).toBe('mapImport.empty')
    expect(await refusal(prepareGeometryFile('a.geojson', bytes('projected-metres.geojson'), 'wgs84'))).toBe(
      'mapImport.outsideChina',
    )
    expect(await refusal(prepareGeometryFile('a.kmz', bytes('villages.geojson'), 'wgs84'))).toBe('mapImport.notZip')
    expect(await refusal(prepareGeometryFile('a.shp', bytes('villages.geojson'), 'wgs84'))).toBe('mapImport.fileType')
    const huge = { length: MAX_GEOMETRY_BYTES + 1 } as Uint8Array
    expect(await refusal(prepareGeometryFile('big.geojson', huge, 'wgs84'))).toBe('mapImport.tooLarge')
    expect(await listMapLayers(db)).toEqual([])
  })

  it('reads degrees-minutes-seconds points with swapped columns from a CSV', async () => {
    const file = await prepareGeometryFile('点位.csv', bytes('village-points-dms-swapped.csv'), 'wgs84')
    expect(file.swapped).toBe(true)
    const preview = await previewMapImport(db, file, 'villages')
    expect(preview.rows.every((r) => r.status === 'matched')).toBe(true)
  })

  it('builds village areas from points, clipped to the township boundary', async () => {
    const boundary = await prepareGeometryFile('乡镇.geojson', bytes('township.geojson'), 'wgs84')
    await commitMapImport(db, await previewMapImport(db, boundary, 'township'), {}, CLERK, 'clerk')
    expect(await refusal(buildVillageAreas(db, CLERK, 'clerk'))).toBe('mapImport.needPoints')
    const points = await prepareGeometryFile('村委会.kml', bytes('village-points-gcj02.kml'), 'gcj02')
    await commitMapImport(db, await previewMapImport(db, points, 'villages'), {}, CLERK, 'clerk')
    const areas = await buildVillageAreas(db, CLERK, 'clerk')
    expect(areas).toMatchObject({ id: 'villageAreas', origin: 'voronoi', sourceSystem: 'gcj02' })
    expect(areas.shapes).toHaveLength(20)
    expect((await getMapLayer(db, 'villageAreas'))?.shapes).toHaveLength(20)
  })
})
