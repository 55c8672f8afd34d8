import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { dateOf, monthOf } from '@/domain/duty/calendar'
import type { LeaveInput, LeaveRequest } from '@/domain/duty/leave'
import type { Slot } from '@/domain/duty/roster'
import type { ShiftPattern } from '@/domain/duty/shift-pattern'
import type { DutyStaffInput } from '@/domain/duty/staff'
import type { SwapInput, SwapRequest } from '@/domain/duty/swap'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { listLeaves } from '@/db/repositories/leave-repository'
import { listSwaps } from '@/db/repositories/swap-repository'
import { approveLeave, refuseLeave, requestLeave } from '@/services/duty/leave-service'
import {
  assignToSlot,
  generateRoster,
  loadRosterMonth,
  saveFixedPattern,
  type RosterMonth,
} from '@/services/duty/roster-service'
import { rosterWorkbook } from '@/services/duty/roster-export'
import { retireStaff, saveStaff } from '@/services/duty/staff-service'
import { decideSwapRequest, requestSwap } from '@/services/duty/swap-service'
import { useSessionStore } from './session'

/** The duty screens: the month on show (roster, staff, pattern, conflicts), leave and swap requests, kept live. */
export const useDutyStore = defineStore('duty', () => {
  const month = ref(monthOf(dateOf(new Date())))
  const roster = shallowRef<RosterMonth | null>(null)
  const leaves = shallowRef<LeaveRequest[]>([])
  const swaps = shallowRef<SwapRequest[]>([])
  const error = ref<unknown>(null)
  let stopMonth: (() => void) | undefined
  let stopRequests: (() => void) | undefined
  const actor = () => useSessionStore().actor

  async function watchMonth(): Promise<void> {
    stopMonth?.()
    const db = await appDatabase()
    const shown = month.value
    stopMonth = watchQuery(
      () => loadRosterMonth(db, shown),
      (value) => (roster.value = value),
      (e) => (error.value = e),
    )
  }

  async function watchRequests(): Promise<void> {
    if (stopRequests) return
    const db = await appDatabase()
    stopRequests = watchQuery(
      () => Promise.all([listLeaves(db), listSwaps(db)]),
      ([l, s]) => {
        leaves.value = l
        swaps.value = s
      },
      (e) => (error.value = e),
    )
  }

  function stop(): void {
    stopMonth?.()
    stopRequests?.()
    stopMonth = stopRequests = undefined
  }

  const db = appDatabase
  return {
    month,
    roster,
    leaves,
    swaps,
    error,
    watchMonth,
    watchRequests,
    stop,
    /** The month on show as an .xlsx workbook. */
    exportMonth: (townshipName: string) => (roster.value ? rosterWorkbook(roster.value, townshipName) : undefined),
    generate: async (seed: string | number) => generateRoster(await db(), month.value, seed, actor()),
    assign: async (slot: Slot, staffId: string | undefined) => assignToSlot(await db(), slot, staffId, actor()),
    saveStaff: async (id: string | undefined, input: DutyStaffInput) => saveStaff(await db(), id, input, actor()),
    retireStaff: async (id: string, reason: string) => retireStaff(await db(), id, reason, actor()),
    savePattern: async (pattern: ShiftPattern) => saveFixedPattern(await db(), pattern, actor()),
    requestLeave: async (input: LeaveInput) => requestLeave(await db(), input, actor()),
    approveLeave: async (id: string) => approveLeave(await db(), id, actor()),
    refuseLeave: async (id: string, reason: string) => refuseLeave(await db(), id, reason, actor()),
    requestSwap: async (input: SwapInput) => requestSwap(await db(), input, actor()),
    decideSwap: async (id: string, approve: boolean, reason = '') =>
      decideSwapRequest(await db(), id, approve, reason, actor()),
  }
})
