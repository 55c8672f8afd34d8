import { describe, expect, it } from 'vitest'
import type { ControlMeasure } from '@/domain/control/measure'
import { COVID_EDITION_8, COVID_EDITION_9, COVID_TWENTY_MEASURES } from '@/domain/control/national-packs'
import { applyPackChange, packChanges } from '@/domain/control/pack-changes'
import { scheduleFor } from '@/domain/control/schedule'

function measureBy9th(more: Partial<ControlMeasure> = {}): ControlMeasure {
  const schedule = scheduleFor(COVID_EDITION_9, 'close-contact', '2022-11-01')!
  return {
    id: 'msr_1',
    personId: 'per_1',
    episodeId: 'epi_1',
    villageId: 'vil_a',
    personName: '李密接',
    category: 'close-contact',
    packId: 'covid-9',
    packVersion: 1,
    packName: COVID_EDITION_9.name,
    dayCounting: 'day-0',
    anchorDate: '2022-11-01',
    startDate: '2022-11-02',
    segments: schedule.segments.map((s) => ({ ...s, siteId: '', roomId: '' })),
    plannedEnd: schedule.plannedEnd,
    testDates: schedule.testDates,
    orderMode: 'written',
    responsible: '',
    status: 'active',
    releasedOn: '',
    releaseReason: '',
    siteId: '',
    roomId: '',
    lastSeenOn: '',
    history: [],
    createdAt: 1,
    createdBy: 'usr',
    updatedAt: 1,
    updatedBy: 'usr',
    ...more,
  }
}

describe('measures a new pack would change', () => {
  it('lists a 9th-edition close contact under the 20 measures (5 + 3 days) with its new end and tests', () => {
    const [change] = packChanges([measureBy9th()], COVID_TWENTY_MEASURES)
    expect(change.plannedEnd).toEqual({ before: '2022-11-11', after: '2022-11-09' })
    expect(change.testDates.after).toEqual([
      '2022-11-02',
      '2022-11-03',
      '2022-11-04',
      '2022-11-06',
      '2022-11-07',
      '2022-11-09',
    ])
  })

  it('leaves out released measures, those of this very pack version, categories the pack does not name', () => {
    expect(packChanges([measureBy9th({ status: 'released' })], COVID_EDITION_8)).toEqual([])
    expect(packChanges([measureBy9th()], COVID_EDITION_9)).toEqual([])
    expect(packChanges([measureBy9th({ category: 'secondary-contact' })], COVID_TWENTY_MEASURES)).toEqual([])
  })

  it('applies a change by moving the last segment and recording the pack version in the history', () => {
    const measure = measureBy9th()
    const [change] = packChanges([measure], COVID_EDITION_8)
    const after = applyPackChange(change, COVID_EDITION_8, { at: 5, name: '刘书记' })
    expect(after.plannedEnd).toBe('2022-11-22')
    expect(after.segments.at(-1)!.to).toBe('2022-11-22')
    expect(after.segments.map((s) => s.type)).toEqual(measure.segments.map((s) => s.type))
    expect(after).toMatchObject({ packId: 'covid-8', packVersion: 1 })
    expect(after.history).toEqual([expect.objectContaining({ kind: 'repack', by: '刘书记', date: '2022-11-22' })])
  })
})
