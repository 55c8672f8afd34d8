import { describe, expect, it } from 'vitest'
import { packSelection, shanghaiDate } from '@/domain/packs/pack-window'

const at = (iso: string) => Date.parse(iso)

describe('packSelection', () => {
  it('a full pack takes every record, from setup day to today (Shanghai dates)', () => {
    expect(packSelection('full', at('2022-11-08T17:00:00Z'), at('2022-11-01T02:00:00Z'), undefined)).toEqual({
      since: 0,
      window: { from: '2022-11-01', to: '2022-11-09' },
    })
  })

  it('an incremental pack starts where the last pack to the recipient ended', () => {
    const previous = { createdAt: at('2022-11-05T03:00:00Z'), windowTo: '2022-11-05' }
    expect(packSelection('incremental', at('2022-11-08T03:00:00Z'), 0, previous)).toEqual({
      since: previous.createdAt,
      window: { from: '2022-11-05', to: '2022-11-08' },
    })
  })

  it('an incremental pack to a new recipient is a full one', () => {
    expect(packSelection('incremental', at('2022-11-08T03:00:00Z'), at('2022-11-01T03:00:00Z'), undefined).since).toBe(
      0,
    )
  })

  it('dates are Shanghai days whatever the PC zone', () => {
    expect(shanghaiDate(at('2022-11-08T16:30:00Z'))).toBe('2022-11-09')
  })
})
