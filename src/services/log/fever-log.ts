import type { LogEntryInput } from '@/domain/log/log-entry'
import { setControlHooks, type FeverEvent } from '../control/control-hooks'
import { appendLogEntry } from './log-service'

const reading = (value: number | undefined, label: string) =>
  value === undefined ? '' : `${label} ${value.toFixed(1)}℃`

/**
 * The log entry a fever reading makes (报告): who, which village's measure, the readings and who checked, linked
 * to the person, so the officer on duty sees it in the log and the person's timeline shows it.
 */
export function feverLogEntry({ check, measure }: Pick<FeverEvent, 'check' | 'measure'>): LogEntryInput {
  const readings = [reading(check.morning, '上午'), reading(check.afternoon, '下午'), reading(check.recheck, '复测')]
  return {
    kind: 'report',
    counterpart: check.checkedBy,
    villageId: measure.villageId,
    content: `${measure.personName}（${check.date}健康监测）体温异常：${readings.filter(Boolean).join('，')}`,
    handling: '已提示复测，按发热人员流程处置',
    links: [{ type: 'person', id: measure.personId }],
  }
}

/** Makes every fever reading a log entry (called once at start-up; tests install their own hooks). */
export function installFeverLogging(): void {
  setControlHooks({
    async onFever(event) {
      await appendLogEntry(event.db, event.actor, feverLogEntry(event))
    },
  })
}
