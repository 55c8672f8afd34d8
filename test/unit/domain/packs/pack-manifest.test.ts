import { describe, expect, it } from 'vitest'
import { manifestProblems, packFileName, PACK_FORMAT_VERSION } from '@/domain/packs/pack-manifest'

const good = {
  format: 'command-post-pack',
  formatVersion: 1,
  packId: 'pck_01',
  profile: 'masked',
  mode: 'full',
  createdAt: 1,
  township: { code: '511826101000', name: '示范镇', countyName: '示范县' },
  files: [{ path: 'data/persons.ndjson', bytes: 2, sha256: 'a'.repeat(64), table: 'persons', records: 1 }],
}

describe('packFileName', () => {
  it('is the township code, the window as compact dates and a 3-digit sequence: no personal data', () => {
    const name = packFileName({
      township: { code: '511826101000', name: '示范镇', countyName: '示范县' },
      window: { from: '2022-11-01', to: '2022-11-08' },
      sequence: 7,
    })
    expect(name).toBe('511826101000_20221101_20221108_007.cpk.zip')
  })
})

describe('manifestProblems', () => {
  it('accepts a manifest of this format', () => {
    expect(manifestProblems(good)).toEqual([])
  })

  it('refuses a newer format, naming both versions', () => {
    expect(manifestProblems({ ...good, formatVersion: PACK_FORMAT_VERSION + 1 })).toEqual([
      { field: 'manifest', code: 'pack.newerFormat', params: { version: 2, supported: 1 } },
    ])
  })

  it.each([
    ['not an object', [], 'pack.otherFormat'],
    ['another format', { ...good, format: 'zip' }, 'pack.otherFormat'],
    ['a fractional version', { ...good, formatVersion: 1.5 }, 'pack.badManifest'],
    ['a numeric township code', { ...good, township: { code: 511826101000 } }, 'pack.badManifest'],
    ['no pack id', { ...good, packId: undefined }, 'pack.badManifest'],
    ['a short hash', { ...good, files: [{ path: 'a', sha256: 'abc' }] }, 'pack.badManifest'],
    [
      'a table name with a path in it',
      { ...good, files: [{ path: 'a', sha256: 'a'.repeat(64), table: '../x' }] },
      'pack.badManifest',
    ],
  ])('refuses %s', (_name, raw, code) => {
    expect(manifestProblems(raw).map((p) => p.code)).toEqual([code])
  })
})
