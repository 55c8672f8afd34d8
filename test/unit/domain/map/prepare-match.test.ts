import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ValidationError } from '@/domain/common/result'
import { distanceMetres, wgs84ToGcj02 } from '@/domain/map/coordinates'
import { matchCounts, matchFeatures } from '@/domain/map/feature-match'
import { readGeoJson } from '@/domain/map/geojson-file'
import type { SourceFeature } from '@/domain/map/geometry'
import { prepareFeatures } from '@/domain/map/prepare-features'
import { selfIntersection } from '@/domain/map/ring-checks'

const fixture = (name: string) => readFileSync(resolve('test/fixtures/map', name), 'utf8')
const NAMES = [
  '人民社区',
  '新城社区',
  '南街社区',
  '锦绣社区',
  '花园村',
  '大堰村',
  '龙泉村',
  '永安村',
  '青龙村',
  '光明村',
  '龙井村',
  '水井村',
  '梨树村',
  '观音村',
  '先锋村',
  '新民村',
  '兴隆村',
  '茶园村',
  '狮子村',
  '红星村',
]
const villages = NAMES.map((name, i) => ({
  id: `v${i}`,
  name,
  code: `511826101${String(i < 4 ? i + 1 : 197 + i).padStart(3, '0')}`,
}))

function refusal(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return (error as ValidationError).problems[0].code
  }
  return 'no error'
}

describe('preparing features', () => {
  it('converts GCJ-02 to the stored WGS-84', () => {
    const wgs: [number, number] = [102.95, 30.15]
    const feature: SourceFeature = {
      index: 0,
      name: 'a',
      code: '',
      shape: { type: 'Point', coordinates: wgs84ToGcj02(wgs) },
    }
    const [prepared] = prepareFeatures([feature], 'gcj02')
    expect(prepared.shape.type === 'Point' && distanceMetres(prepared.shape.coordinates, wgs)).toBeLessThan(0.01)
  })

  it('marks a ring that crosses itself, with where', () => {
    const [bowtie] = prepareFeatures(readGeoJson(fixture('self-intersecting.geojson')).features, 'wgs84')
    expect(bowtie.problem).toMatchObject({ code: 'mapImport.selfIntersecting', params: { name: '花园村' } })
  })

  it('closes open rings and refuses rings of fewer than three corners', () => {
    const open: SourceFeature = {
      index: 0,
      name: 'a',
      code: '',
      shape: {
        type: 'Polygon',
        coordinates: [
          [
            [102.9, 30.1],
            [102.91, 30.1],
            [102.91, 30.11],
          ],
        ],
      },
    }
    const [closed] = prepareFeatures([open], 'wgs84')
    expect(closed.problem).toBeUndefined()
    expect(closed.shape.type === 'Polygon' && closed.shape.coordinates[0]).toHaveLength(4)
    const line: SourceFeature = {
      ...open,
      shape: {
        type: 'Polygon',
        coordinates: [
          [
            [102.9, 30.1],
            [102.91, 30.1],
          ],
        ],
      },
    }
    expect(prepareFeatures([line], 'wgs84')[0].problem?.code).toBe('mapImport.ringTooShort')
  })

  it('refuses a file outside China, saying when longitude and latitude are swapped', () => {
    expect(refusal(() => prepareFeatures(readGeoJson(fixture('projected-metres.geojson')).features, 'wgs84'))).toBe(
      'mapImport.outsideChina',
    )
    expect(refusal(() => prepareFeatures(readGeoJson(fixture('swapped.geojson')).features, 'wgs84'))).toBe(
      'mapImport.swappedAxes',
    )
  })

  it('finds self-intersections in a long ring quickly', () => {
    const ring: [number, number][] = []
    for (let i = 0; i < 20000; i++)
      ring.push([Math.cos((i / 20000) * 2 * Math.PI), Math.sin((i / 20000) * 2 * Math.PI)])
    ring.push(ring[0])
    const started = performance.now()
    expect(selfIntersection(ring)).toBeUndefined()
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('matching features to villages', () => {
  const prepared = prepareFeatures(readGeoJson(fixture('villages.geojson')).features, 'wgs84')
  const rows = matchFeatures(prepared.slice(0, 22), villages)

  it('matches by a repaired float code first', () => {
    expect(rows[0]).toMatchObject({ status: 'matched', villageId: 'v0', by: 'code', codeRepaired: true })
    expect(rows[2]).toMatchObject({ status: 'matched', villageId: 'v2', by: 'code', codeRepaired: false })
  })

  it('else by name with 村 / 村委会 / 社区 ignored', () => {
    expect(rows[1]).toMatchObject({ status: 'matched', villageId: 'v1', by: 'name' })
    expect(matchFeatures([{ ...prepared[0], code: '', name: '花园村委会' }], villages)[0].villageId).toBe('v4')
    expect(matchFeatures([{ ...prepared[0], code: '', name: '人民社区居委会' }], villages)[0].villageId).toBe('v0')
  })

  it('lists the unmatched and, when two features claim one village, both as ambiguous', () => {
    expect(rows[20]).toMatchObject({ status: 'unmatched' })
    expect(rows[19]).toMatchObject({ status: 'ambiguous', candidates: ['v19'] })
    expect(rows[21]).toMatchObject({ status: 'ambiguous', candidates: ['v19'] })
    expect(matchCounts(rows)).toEqual({ matched: 19, unmatched: 1, ambiguous: 2, invalid: 0 })
  })

  it('lists two villages of one name as ambiguous', () => {
    const twins = [...villages, { id: 'vx', name: '花园社区', code: '511826101005' }]
    expect(matchFeatures([{ ...prepared[0], code: '', name: '花园' }], twins)[0]).toMatchObject({
      status: 'ambiguous',
      candidates: ['v4', 'vx'],
    })
  })
})

describe('self-intersection on real-size boundaries', () => {
  it('checks a 20,000-vertex boundary with long straight edges quickly, and finds a crossing in it', () => {
    const ring: [number, number][] = []
    const side = 5000
    for (let i = 0; i < side; i++) ring.push([i / side, Math.sin(i) * 1e-4])
    for (let i = 0; i < side; i++) ring.push([1 + Math.sin(i) * 1e-4, i / side])
    for (let i = 0; i < side; i++) ring.push([1 - i / side, 1 + Math.sin(i) * 1e-4])
    for (let i = 0; i < side; i++) ring.push([Math.sin(i) * 1e-4, 1 - i / side])
    ring.push(ring[0])
    const started = performance.now()
    expect(selfIntersection(ring)).toBeUndefined()
    expect(performance.now() - started).toBeLessThan(1000)
    const crossed = [...ring]
    crossed.splice(7000, 0, [0.5, 1.5], [0.5, -0.5])
    expect(selfIntersection(crossed)).toBeDefined()
  })
})
