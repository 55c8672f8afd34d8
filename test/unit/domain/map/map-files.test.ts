import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ValidationError } from '@/domain/common/result'
import { readGeoJson } from '@/domain/map/geojson-file'
import { readKml } from '@/domain/map/kml-file'
import { parseDegrees, readPointRows } from '@/domain/map/point-rows'

const fixture = (name: string) => readFileSync(resolve('test/fixtures/map', name), 'utf8')

function codeOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return (error as ValidationError).problems[0].code
  }
  return 'no error'
}

describe('GeoJSON', () => {
  it('reads polygons and points with names and codes in any of the usual properties', () => {
    const { features, skipped } = readGeoJson(fixture('villages.geojson'))
    expect(features).toHaveLength(23)
    expect(skipped).toBe(0)
    expect(features[0]).toMatchObject({ name: '人民社区', code: '511826101001.0' })
    expect(features[1]).toMatchObject({ name: '新城社区', code: '' })
    expect(features[2]).toMatchObject({ name: '南街社区', code: '511826101003' })
    expect(features[22].shape.type).toBe('Point')
  })

  it('reads a bare geometry and a single feature, and passes over lines', () => {
    expect(readGeoJson('{"type":"Point","coordinates":[102.9,30.1]}').features).toHaveLength(1)
    const line = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    }
    const point = {
      type: 'Feature',
      properties: { name: 'a' },
      geometry: { type: 'Point', coordinates: [102.9, 30.1] },
    }
    expect(readGeoJson(JSON.stringify({ type: 'FeatureCollection', features: [line, point] })).skipped).toBe(1)
  })

  it('refuses what is not GeoJSON, or holds nothing to draw', () => {
    expect(codeOf(() => readGeoJson('village,lon\n'))).toBe('mapImport.notJson')
    expect(codeOf(() => readGeoJson(fixture('not-geometry.json')))).toBe('mapImport.notGeometry')
    expect(codeOf(() => readGeoJson(fixture('empty.geojson')))).toBe('mapImport.empty')
  })
})

describe('KML', () => {
  it('reads Ovital placemarks with the code from the description, passing over tracks', () => {
    const { features, skipped } = readKml(fixture('village-points-gcj02.kml'))
    expect(features).toHaveLength(20)
    expect(skipped).toBe(1)
    expect(features[4]).toMatchObject({ name: '花园村委会', code: '511826101201' })
    expect(features[0].name).toBe('人民社区居委会')
  })

  it('reads polygons and multi-geometries as Google Earth writes them', () => {
    const { features } = readKml(fixture('village-areas.kml'))
    expect(features.map((f) => f.shape.type)).toEqual([
      'Polygon',
      'Polygon',
      'Polygon',
      'Polygon',
      'Polygon',
      'Polygon',
    ])
    expect(features[0].shape.type === 'Polygon' && features[0].shape.coordinates[0].length).toBe(10)
  })

  it('refuses text that is not KML', () => {
    expect(codeOf(() => readKml('hello'))).toBe('mapImport.notGeometry')
    expect(codeOf(() => readKml('<kml><Document></Document></kml>'))).toBe('mapImport.empty')
  })
})

describe('points in a sheet', () => {
  it('reads degrees-minutes-seconds in the usual spellings', () => {
    expect(parseDegrees('103.5')).toBe(103.5)
    expect(parseDegrees('30°6′36.00″')).toBeCloseTo(30.11, 10)
    expect(parseDegrees('103°30\'0"E')).toBe(103.5)
    expect(parseDegrees('103度30分')).toBe(103.5)
    expect(parseDegrees('N30 6 36')).toBeCloseTo(30.11, 10)
    expect(parseDegrees('30°75′')).toBeNaN()
    expect(parseDegrees('东边')).toBeNaN()
  })

  it('puts swapped columns right', () => {
    const rows = fixture('village-points-dms-swapped.csv')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/)
      .map((l) => l.split(','))
    const read = readPointRows(rows)
    expect(read.swapped).toBe(true)
    expect(read.features).toHaveLength(20)
    const first = read.features[0].shape
    expect(first.type === 'Point' && first.coordinates[0]).toBeCloseTo(102.91, 6)
    expect(read.features[0].name).toBe('人民社区')
  })

  it('refuses a sheet without coordinate columns, and names the row it cannot read', () => {
    expect(
      codeOf(() =>
        readPointRows([
          ['村名', '人口'],
          ['花园村', '1200'],
        ]),
      ),
    ).toBe('mapImport.noCoordinateColumns')
    const bad = [
      ['名称', '经度', '纬度'],
      ['花园村', '102.9', '30.1'],
      ['大堰村', '东经102', '三十'],
    ]
    try {
      readPointRows(bad)
      expect.unreachable()
    } catch (error) {
      expect((error as ValidationError).problems[0]).toMatchObject({
        code: 'mapImport.badCoordinate',
        params: { row: 3 },
      })
    }
  })
})
