import { describe, expect, it } from 'vitest'
import type { ControlMeasure } from '@/domain/control/measure'
import { needsCheckOn, typeOn } from '@/domain/control/measure'
import { changeEnd, planMeasure, release, transfer } from '@/domain/control/measure-rules'
import { COVID_EDITION_9, COVID_TWENTY_MEASURES } from '@/domain/control/national-packs'

const BY = { at: 1, name: '张值班' }
const SUBJECT = {
  personId: 'per_1',
  episodeId: 'epi_1',
  villageId: 'vil_1',
  personName: '李四',
  category: 'close-contact' as const,
}
const INPUT = {
  packId: 'covid-9',
  anchorDate: '2022-07-01',
  startDate: '2022-07-02',
  siteId: 'sit_1',
  roomId: 'r1',
  orderMode: 'written' as const,
  responsible: ' 王干部 ',
}

function planned(more: Partial<typeof INPUT> & { firstType?: 'home-quarantine' } = {}): ControlMeasure {
  const { measure } = planMeasure(SUBJECT, COVID_EDITION_9, { ...INPUT, ...more }, BY)
  return { ...measure!, id: 'msr_1', createdAt: 1, createdBy: 'u', updatedAt: 1, updatedBy: 'u' }
}

describe('planMeasure', () => {
  it('records the pack id, version and convention, and puts the room on the centralized segment', () => {
    const m = planned()
    expect(m).toMatchObject({
      packId: 'covid-9',
      packVersion: 1,
      dayCounting: 'day-0',
      roomId: 'r1',
      responsible: '王干部',
    })
    expect(m.segments[0]).toMatchObject({ type: 'centralized', roomId: 'r1' })
    expect(m.history).toEqual([expect.objectContaining({ kind: 'start', date: '2022-07-02' })])
  })

  it('drops test days before a late start and lets the officer choose home quarantine instead', () => {
    const m = planned({ startDate: '2022-07-04', firstType: 'home-quarantine', siteId: '', roomId: '' })
    expect(m.testDates[0]).toBe('2022-07-04')
    expect(m.segments[0].type).toBe('home-quarantine')
    expect(m.roomId).toBe('')
  })

  it.each([
    [{ startDate: '2022-06-30' }, 'measure.startBeforeAnchor'],
    [{ roomId: '' }, 'measure.roomRequired'],
    [{ startDate: '2022-07-31' }, 'measure.startAfterEnd'],
    [{ anchorDate: '2022-13-01' }, 'measure.date'],
  ])('refuses %o with %s', (more, code) => {
    expect(planMeasure(SUBJECT, COVID_EDITION_9, { ...INPUT, ...more }, BY).problems.map((p) => p.code)).toContain(code)
  })

  it('refuses a category the pack does not name', () => {
    const result = planMeasure({ ...SUBJECT, category: 'secondary-contact' }, COVID_TWENTY_MEASURES, INPUT, BY)
    expect(result.problems).toEqual([
      { field: 'packId', code: 'measure.noRule', params: { pack: COVID_TWENTY_MEASURES.name } },
    ])
  })
})

describe('changes to a measure', () => {
  it('shortening drops later segments and test days; extending needs a reason', () => {
    const m = planned()
    const short = changeEnd(m, '2022-07-06', '县指挥部通知', BY).measure!
    expect(short.segments).toHaveLength(1)
    expect(short.segments[0].to).toBe('2022-07-06')
    expect(short.testDates.every((d) => d <= '2022-07-06')).toBe(true)
    expect(short.history.at(-1)).toMatchObject({ kind: 'shorten', detail: '2022-07-11 → 2022-07-06' })
    expect(changeEnd(m, '2022-07-20', '', BY).problems.map((p) => p.code)).toEqual(['measure.reasonRequired'])
    expect(changeEnd(m, '2022-07-01', 'x', BY).problems.map((p) => p.code)).toEqual(['measure.endBeforeStart'])
  })

  it('a transfer splits the segment it falls in and leaves the room; later segments stay', () => {
    const m = transfer(
      planned(),
      { date: '2022-07-05', toType: 'hospital', siteId: '', roomId: '', transportTime: '09:15', reason: '发热转诊' },
      BY,
    ).measure!
    expect(m.segments.map((s) => [s.type, s.from, s.to])).toEqual([
      ['centralized', '2022-07-02', '2022-07-04'],
      ['hospital', '2022-07-05', '2022-07-08'],
      ['home-monitoring', '2022-07-09', '2022-07-11'],
    ])
    expect(m.roomId).toBe('')
    expect(typeOn(m, '2022-07-06')).toBe('hospital')
    expect(needsCheckOn(m, '2022-07-06')).toBe(false)
    expect(m.history.at(-1)).toMatchObject({ kind: 'transfer', detail: 'centralized → hospital 09:15' })
  })

  it('refuses a transfer outside the dates, into a site without a room, or at 25:00', () => {
    const codes = (input: Partial<Parameters<typeof transfer>[1]>) =>
      transfer(
        planned(),
        {
          date: '2022-07-05',
          toType: 'home-quarantine',
          siteId: '',
          roomId: '',
          transportTime: '',
          reason: '',
          ...input,
        },
        BY,
      ).problems.map((p) => p.code)
    expect(codes({ date: '2022-07-20' })).toEqual(['measure.transferOutside'])
    expect(codes({ toType: 'centralized' })).toEqual(['measure.roomRequired'])
    expect(codes({ transportTime: '25:00' })).toEqual(['measure.time'])
  })

  it('release ends the measure once; a released measure takes no more changes', () => {
    const released = release(planned(), '2022-07-11', 'completed', '', BY).measure!
    expect(released).toMatchObject({ status: 'released', releasedOn: '2022-07-11', roomId: '' })
    expect(changeEnd(released, '2022-07-20', 'x', BY).problems.map((p) => p.code)).toEqual(['measure.released'])
    expect(release(planned(), '2022-07-01', 'completed', '', BY).problems.map((p) => p.code)).toEqual([
      'measure.releaseBeforeStart',
    ])
  })
})
