import { describe, expect, it } from 'vitest'
import { packReadme } from '@/domain/packs/pack-readme'

describe('packReadme', () => {
  it('tells a county clerk what the pack holds, in Chinese, with CRLF line ends for Notepad', () => {
    const text = packReadme({
      format: 'command-post-pack',
      formatVersion: 1,
      packId: 'pck_1',
      appVersion: '0.1.0',
      schemaVersion: 4,
      township: { code: '511826101000', name: '示范镇', countyName: '示范县' },
      window: { from: '2022-11-01', to: '2022-11-08' },
      mode: 'full',
      since: 0,
      profile: 'masked',
      recipient: '县指挥部办公室',
      sequence: 1,
      operator: { id: 'usr_1', name: '陈文书' },
      createdAt: Date.parse('2022-11-08T03:00:00Z'),
      counts: { persons: 12 },
    })
    expect(text).toContain('示范县示范镇（区划代码 511826101000）')
    expect(text).toContain('data/persons.ndjson')
    expect(text).toContain('（12 条）')
    expect(text).toContain('脱敏')
    expect(text).toContain('2022-11-08 11:00')
    expect(text.split('\r\n').length).toBeGreaterThan(10)
  })
})
