import type { LocalDate, Stamped } from '../common/entity'

/** 采样点: where a round takes swabs (a village square, a clinic). */
export interface SamplingPoint {
  /** Unique within its round: `p1`, `p2`, … */
  id: string
  name: string
  /** The village it serves ('' when it serves several). */
  villageId: string
}

/**
 * 全员核酸检测轮次: a mass testing round over some villages, on one or more days, with its sampling points and
 * the pool size of its tubes (N-in-1 混采). Its people are copied into `roundTargets` when it is created.
 */
export interface TestingRound extends Stamped {
  /** `rnd_<ulid>` */
  id: string
  name: string
  /** First and last sampling day. */
  from: LocalDate
  to: LocalDate
  villageIds: string[]
  points: SamplingPoint[]
  /** N of N-in-1: people per tube (1 = single tubes). */
  poolSize: number
  status: 'open' | 'closed'
  /** People to be tested (应检人数), and tubes opened so far: maintained with every write. */
  targetCount: number
  tubeCount: number
  positiveTubes: number
}

/**
 * 应检人员: one person a round must sample, with the round's own register number 登记号 (typed instead of the ID
 * number). `pendingVillage` holds the village until the person is sampled (a sparse index: who is left).
 */
export interface RoundTarget {
  /** `rtg_<ulid>` */
  id: string
  roundId: string
  /** 登记号, 1, 2, … within the round. */
  registerNo: number
  personId: string
  name: string
  documentNumber: string
  villageId: string
  /** Set once sampled. */
  sampledOn?: LocalDate
  tubeNo?: string
  position?: number
  pendingVillage?: string
}

/** 检测结果 of a pooled tube. */
export type TubeResult = 'pending' | 'negative' | 'positive'

/** 混采管: one pooled tube of a round, numbered by its barcode; closed when full or sealed by hand. */
export interface PoolTube extends Stamped {
  /** `tub_<ulid>` */
  id: string
  roundId: string
  /** 试管编号 as scanned or typed (normalised: half-width, upper case, no spaces). */
  tubeNo: string
  pointId: string
  /** Places in the tube (the round's pool size when it was opened). */
  size: number
  /** People in it so far. */
  count: number
  closed: boolean
  sampledOn: LocalDate
  result: TubeResult
  /** Day the laboratory's result was recorded ('' while pending). */
  resultOn: LocalDate
  /** Day the individual re-tests of a positive tube were scheduled ('' until then). */
  retestsOn: LocalDate
  /** The individual test appointments made for its people (`nat_…`). */
  retestIds: string[]
}

/** 采样记录: one person's swab in a tube, at a position. */
export interface RoundSample extends Stamped {
  /** `smp_<ulid>` */
  id: string
  roundId: string
  tubeId: string
  tubeNo: string
  /** 1 … the tube's size. */
  position: number
  targetId: string
  personId: string
  name: string
  villageId: string
  pointId: string
  sampledOn: LocalDate
}

/** A village's coverage counters in a round, kept with every sample (`<round>|<village>`). */
export interface RoundCoverage {
  id: string
  roundId: string
  villageId: string
  targets: number
  sampled: number
}

/** The id of a village's coverage row. */
export function coverageId(roundId: string, villageId: string): string {
  return `${roundId}|${villageId}`
}
