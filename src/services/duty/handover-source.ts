import type { DutyShiftRecord, HandoverSection } from '@/domain/duty/handover'
import type { ShiftOnDuty } from '@/domain/duty/on-duty'
import type { CommandPostDatabase } from '@/db/database'
import { logHandoverSource } from './log-handover-source'

/**
 * A source of handover material: given the shift and what this screen recorded for it, the sections it adds to
 * the draft: {@link shiftRecordSource}, and the wartime log's (log-handover-source.ts: the shift's log entries
 * and the orders still to do).
 */
export interface HandoverSource {
  name: string
  sections(db: CommandPostDatabase, shift: ShiftOnDuty, record: DutyShiftRecord): Promise<HandoverSection[]>
}

/** What the shift wrote on the duty screen: its notes, and its items done and not done. */
export const shiftRecordSource: HandoverSource = {
  name: 'shift-record',
  sections(_db, _shift, record) {
    const notes = record.notes
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    return Promise.resolve([
      { title: '本班情况', lines: notes },
      { title: '已办结', lines: record.items.filter((i) => i.done).map((i) => i.text) },
      { title: '未办结（移交下一班）', lines: record.items.filter((i) => !i.done).map((i) => i.text) },
    ])
  },
}

/** The sources a handover is drafted from, in the order their sections appear. */
export const HANDOVER_SOURCES: HandoverSource[] = [shiftRecordSource, logHandoverSource]
