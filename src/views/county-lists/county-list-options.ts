import type { VerificationResult } from '@/domain/county-list/county-list'
import type { DueStatus } from '@/domain/county-list/progress'

/** Element Plus tag colour of a list's standing against its deadline. */
export const DUE_TAGS: Record<DueStatus, 'success' | 'danger' | 'warning' | 'info' | 'primary'> = {
  done: 'success',
  overdue: 'danger',
  'due-today': 'warning',
  open: 'primary',
  'no-due-date': 'info',
}

/** Element Plus tag colour of a verification result (`''`: not yet verified). */
export function resultTag(result: VerificationResult | ''): 'success' | 'warning' | 'info' | 'danger' {
  if (result === '') return 'danger'
  if (result === 'missed-now-registered' || result === 'wrong-information') return 'warning'
  return result === 'already-screened' ? 'success' : 'info'
}

/** Element Plus colour of a progress bar: green when done, red when overdue. */
export function progressStatus(status: DueStatus): 'success' | 'exception' | undefined {
  if (status === 'done') return 'success'
  return status === 'overdue' ? 'exception' : undefined
}
