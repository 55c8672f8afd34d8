import type { HealthCheck } from '../control/health-check'
import type { ControlMeasure } from '../control/measure'
import type { NucleicTest } from '../control/nucleic-test'
import type { QuarantineSite } from '../control/site'
import { byId, column, recordsOf, sortBy, type LedgerRegister } from './ledger-register'
import {
  CHECK_STATUS,
  EPISODE_KINDS,
  label,
  MEASURE_STATUS,
  MEASURE_TYPES,
  RELEASE_REASONS,
  SYMPTOM_NAMES,
  TEST_RESULTS,
} from './ledger-labels'

/** 管控措施台账: one row per measure, with its current type, place and dates. */
export const MEASURES_LEDGER: LedgerRegister = {
  key: 'measures',
  title: '管控措施台账',
  tables: ['measures', 'sites'],
  columns: [
    column('name', '姓名'),
    column('village', '所属村（社区）'),
    column('category', '人员类别'),
    column('type', '管控方式'),
    column('startDate', '开始日期', 'date'),
    column('plannedEnd', '计划解除日期', 'date'),
    column('status', '状态'),
    column('releasedOn', '解除日期', 'date'),
    column('releaseReason', '解除原因'),
    column('site', '隔离点'),
    column('room', '房间'),
    column('responsible', '责任人'),
  ],
  rows(data) {
    const sites = byId(recordsOf<QuarantineSite>(data, 'sites'))
    const rows = recordsOf<ControlMeasure>(data, 'measures').map((measure) => {
      const site = sites.get(measure.siteId)
      return {
        name: measure.personName,
        village: data.villages.get(measure.villageId) ?? '',
        category: label(EPISODE_KINDS, measure.category),
        type: label(MEASURE_TYPES, measure.segments.at(-1)?.type),
        startDate: measure.startDate,
        plannedEnd: measure.plannedEnd,
        status: label(MEASURE_STATUS, measure.status),
        releasedOn: measure.releasedOn,
        releaseReason: label(RELEASE_REASONS, measure.releaseReason),
        site: site?.name ?? '',
        room: site?.rooms.find((room) => room.id === measure.roomId)?.number ?? '',
        responsible: measure.responsible,
      }
    })
    return sortBy(rows, (row) => `${row.startDate}|${row.name}`)
  },
}

const temperature = (value: number | undefined) => (value === undefined ? undefined : value)

/** 健康监测台账: one row per person and day (morning and afternoon temperatures, symptoms, who checked). */
export const HEALTH_CHECKS_LEDGER: LedgerRegister = {
  key: 'healthChecks',
  title: '健康监测台账',
  tables: ['healthChecks', 'measures'],
  columns: [
    column('date', '日期', 'date'),
    column('name', '姓名'),
    column('village', '所属村（社区）'),
    column('morning', '上午体温（℃）', 'number'),
    column('afternoon', '下午体温（℃）', 'number'),
    column('recheck', '复测体温（℃）', 'number'),
    column('symptoms', '症状'),
    column('status', '监测情况'),
    column('checkedBy', '监测人'),
  ],
  rows(data) {
    const measures = byId(recordsOf<ControlMeasure>(data, 'measures'))
    const rows = recordsOf<HealthCheck>(data, 'healthChecks').map((check) => ({
      date: check.date,
      name: measures.get(check.measureId)?.personName ?? '',
      village: data.villages.get(check.villageId) ?? '',
      morning: temperature(check.morning),
      afternoon: temperature(check.afternoon),
      recheck: temperature(check.recheck),
      symptoms: check.symptoms.map((symptom) => label(SYMPTOM_NAMES, symptom)).join('、'),
      status: label(CHECK_STATUS, check.status),
      checkedBy: check.checkedBy,
    }))
    return sortBy(rows, (row) => `${row.date}|${row.village}|${row.name}`)
  },
}

/** 核酸检测台账: every test the measures scheduled, with its sampling day and result. */
export const TESTS_LEDGER: LedgerRegister = {
  key: 'nucleicTests',
  title: '核酸检测台账',
  tables: ['nucleicTests'],
  columns: [
    column('name', '姓名'),
    column('village', '所属村（社区）'),
    column('dueOn', '应检日期', 'date'),
    column('sampledOn', '采样日期', 'date'),
    column('result', '检测结果'),
  ],
  rows(data) {
    const rows = recordsOf<NucleicTest>(data, 'nucleicTests').map((test) => ({
      name: test.personName,
      village: data.villages.get(test.villageId) ?? '',
      dueOn: test.dueOn,
      sampledOn: test.sampledOn,
      result: label(TEST_RESULTS, test.result),
    }))
    return sortBy(rows, (row) => `${row.dueOn}|${row.name}`)
  },
}
