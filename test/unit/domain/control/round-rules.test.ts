import { describe, expect, it } from 'vitest'
import {
  coverageLines,
  normalizeTubeNo,
  placeInTube,
  readPersonNumber,
  roundProblems,
  samplingDayProblems,
  tubeNoProblems,
  tubeResultProblems,
  type RoundInput,
} from '@/domain/control/round-rules'

const input = (more: Partial<RoundInput> = {}): RoundInput => ({
  name: '第一轮',
  from: '2022-11-20',
  to: '2022-11-21',
  villageIds: ['vil_a'],
  points: [{ name: '村委会', villageId: 'vil_a' }],
  poolSize: 10,
  ...more,
})
const codes = (problems: { code: string }[]) => problems.map((p) => p.code)

describe('round set-up', () => {
  it.each([
    [{}, []],
    [{ name: ' ' }, ['required']],
    [{ to: '2022-11-19' }, ['round.endBeforeStart']],
    [{ from: '2022-13-01' }, ['round.date']],
    [{ villageIds: [] }, ['round.noVillages']],
    [{ points: [] }, ['round.noPoints']],
    [{ points: [{ name: '', villageId: '' }] }, ['round.noPoints']],
    [{ poolSize: 0 }, ['round.poolSize']],
    [{ poolSize: 21 }, ['round.poolSize']],
    [{ poolSize: 1 }, []],
  ] as [Partial<RoundInput>, string[]][])('%j → %j', (more, expected) => {
    expect(codes(roundProblems(input(more)))).toEqual(expected)
  })
})

describe('tube numbers and person numbers', () => {
  it('normalises a typed or scanned tube number and refuses what no barcode holds', () => {
    expect(normalizeTubeNo(' ｔ0０12 ')).toBe('T0012')
    expect(tubeNoProblems('T0012')).toEqual([])
    expect(codes(tubeNoProblems('T 12#'))).toEqual(['round.tubeNo'])
    expect(codes(tubeNoProblems(''))).toEqual(['round.tubeNo'])
  })

  it('reads up to 7 digits as a register number, anything else as an ID number (x upper-cased)', () => {
    expect(readPersonNumber(' 17 ')).toEqual({ registerNo: 17 })
    expect(readPersonNumber('51182619870615357x')).toEqual({ documentNumber: '51182619870615357X' })
    expect(readPersonNumber('   ')).toBeUndefined()
  })
})

describe('placing a swab in a pooled tube', () => {
  const tube = { tubeNo: 'T1', size: 3, count: 1, closed: false }
  const taken = new Map([[1, '张三']])

  it('takes the first free position when none is typed', () => {
    expect(placeInTube(tube, taken).position).toBe(2)
    expect(placeInTube({ ...tube, count: 0 }, new Map()).position).toBe(1)
  })

  it('refuses two people in one position, naming who holds it', () => {
    const { position, problems } = placeInTube(tube, taken, 1)
    expect(position).toBeUndefined()
    expect(problems).toEqual([
      { field: 'position', code: 'round.positionTaken', params: { tubeNo: 'T1', size: 3, position: 1, name: '张三' } },
    ])
  })

  it('refuses a position outside the tube, and a full or closed tube', () => {
    expect(codes(placeInTube(tube, taken, 4).problems)).toEqual(['round.position'])
    expect(codes(placeInTube(tube, taken, 0).problems)).toEqual(['round.position'])
    expect(codes(placeInTube({ ...tube, count: 3 }, taken).problems)).toEqual(['round.tubeClosed'])
    expect(codes(placeInTube({ ...tube, closed: true }, taken).problems)).toEqual(['round.tubeClosed'])
  })

  it('accepts a typed free position out of order', () => {
    expect(placeInTube(tube, taken, 3)).toEqual({ position: 3, problems: [] })
  })
})

describe('days of sampling and results', () => {
  it('refuses sampling before the round and in the future', () => {
    expect(samplingDayProblems({ from: '2022-11-20' }, '2022-11-20', '2022-11-20')).toEqual([])
    expect(codes(samplingDayProblems({ from: '2022-11-20' }, '2022-11-19', '2022-11-20'))).toEqual([
      'round.beforeStart',
    ])
    expect(codes(samplingDayProblems({ from: '2022-11-20' }, '2022-11-21', '2022-11-20'))).toEqual(['round.future'])
  })

  it('takes a result only for a tube holding someone, from its sampling day to today', () => {
    const tube = { sampledOn: '2022-11-20', count: 10 }
    expect(tubeResultProblems(tube, 'positive', '2022-11-21', '2022-11-21')).toEqual([])
    expect(codes(tubeResultProblems({ ...tube, count: 0 }, 'negative', '2022-11-21', '2022-11-21'))).toEqual([
      'round.emptyTube',
    ])
    expect(codes(tubeResultProblems(tube, 'pending', '2022-11-21', '2022-11-21'))).toEqual(['round.result'])
    expect(codes(tubeResultProblems(tube, 'negative', '2022-11-19', '2022-11-21'))).toEqual([
      'round.resultBeforeSampling',
    ])
    expect(codes(tubeResultProblems(tube, 'negative', '2022-11-22', '2022-11-21'))).toEqual(['round.future'])
  })
})

describe('coverage', () => {
  const row = (villageId: string, targets: number, sampled: number) => ({
    id: `rnd_1|${villageId}`,
    roundId: 'rnd_1',
    villageId,
    targets,
    sampled,
  })

  it('gives each village and the total its people left and rate, rounded down so one left is never 100 %', () => {
    const { villages, total } = coverageLines([row('a', 2000, 1999), row('b', 10, 10), row('c', 3, 1)])
    expect(villages.map((l) => [l.left, l.rate])).toEqual([
      [1, 99.9],
      [0, 100],
      [2, 33.3],
    ])
    expect(total).toEqual({ villageId: '', targets: 2013, sampled: 2010, left: 3, rate: 99.8 })
  })

  it('counts a village with nobody to test as covered, and nothing at all as 100 %', () => {
    expect(coverageLines([row('a', 0, 0)]).villages[0].rate).toBe(100)
    expect(coverageLines([]).total).toEqual({ villageId: '', targets: 0, sampled: 0, left: 0, rate: 100 })
  })
})
