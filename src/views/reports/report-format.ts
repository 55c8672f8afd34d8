import type { DeadlineState } from '@/domain/reports/report-window'
import type { ReportStage } from '@/domain/reports/daily-report'

/** Element Plus tag types of a deadline state. */
export const DEADLINE_TAG: Record<DeadlineState, 'success' | 'info' | 'warning' | 'danger'> = {
  submitted: 'success',
  open: 'info',
  near: 'warning',
  missed: 'danger',
}

/** Element Plus tag types of a report's stage. */
export const STAGE_TAG: Record<ReportStage, 'success' | 'info' | 'warning' | 'primary'> = {
  writing: 'info',
  signed: 'warning',
  reviewed: 'warning',
  approved: 'primary',
  submitted: 'success',
}

/** `11:30` of an instant. */
export function clockTime(instant: number): string {
  const d = new Date(instant)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}
