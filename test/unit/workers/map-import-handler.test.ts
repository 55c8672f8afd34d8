import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { prepareGeometryFile } from '@/services/map/read-geometry-file'
import { handleMapImport, preparedFileOf, type MapImportReply } from '@/workers/map-import-handler'

function buffer(name: string): ArrayBuffer {
  const bytes = readFileSync(resolve('test/fixtures/map', name))
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
}

describe('the map import worker', () => {
  it('reports each step, then the prepared file', async () => {
    const replies: MapImportReply[] = []
    await handleMapImport({ fileName: 'a.kml', bytes: buffer('village-areas.kml'), system: 'wgs84' }, (r) =>
      replies.push(r),
    )
    expect(replies.map((r) => (r.kind === 'progress' ? r.step : r.kind))).toEqual([
      'read',
      'parse',
      'check',
      'prepared',
    ])
    const last = replies.at(-1)!
    expect(last.kind === 'prepared' && last.file.features).toHaveLength(6)
  })

  it('hands the shapes over packed in one transferable array, rebuilt exactly on the page', async () => {
    let transferred: Transferable[] | undefined
    let reply: MapImportReply | undefined
    await handleMapImport({ fileName: 'a.kml', bytes: buffer('village-areas.kml'), system: 'gcj02' }, (r, t) => {
      reply = r
      transferred = t
    })
    if (reply?.kind !== 'prepared') throw new Error('not prepared')
    expect(transferred).toEqual([reply.shapes.coordinates.buffer])
    const direct = await prepareGeometryFile('a.kml', new Uint8Array(buffer('village-areas.kml')), 'gcj02')
    expect(preparedFileOf(reply)).toEqual(direct)
  })

  it('answers a refused file with its problems', async () => {
    const replies: MapImportReply[] = []
    await handleMapImport({ fileName: 'a.json', bytes: buffer('not-geometry.json'), system: 'wgs84' }, (r) =>
      replies.push(r),
    )
    expect(replies.at(-1)).toMatchObject({ kind: 'failed', problems: [{ code: 'mapImport.notGeometry' }] })
  })
})
