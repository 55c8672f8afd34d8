import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { dateOf } from '@/domain/duty/calendar'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import {
  confirmHandover,
  draftHandover,
  saveShiftNotes,
  signInForShift,
  type ShiftRef,
} from '@/services/duty/handover-service'
import {
  currentShiftDate,
  loadOnDuty,
  loadShiftDesk,
  type OnDutyNow,
  type ShiftDesk,
} from '@/services/duty/on-duty-service'
import { useSessionStore } from './session'

/** The sign-in and handover desk of a day, and who is on duty now (for the home card). */
export const useDutyShiftStore = defineStore('duty-shift', () => {
  const date = ref(dateOf(new Date()))
  const desk = shallowRef<ShiftDesk | null>(null)
  const onDuty = shallowRef<OnDutyNow | null>(null)
  const error = ref<unknown>(null)
  let stopDesk: (() => void) | undefined
  let stopNow: (() => void) | undefined
  const actor = () => useSessionStore().actor

  async function goToCurrentShift(): Promise<void> {
    date.value = await currentShiftDate(await appDatabase())
  }

  async function watchDesk(): Promise<void> {
    stopDesk?.()
    const db = await appDatabase()
    const shown = date.value
    stopDesk = watchQuery(
      () => loadShiftDesk(db, shown),
      (value) => (desk.value = value),
      (e) => (error.value = e),
    )
  }

  /** Watches who is on duty; the clock is read on each change, and `refresh` re-reads it (the card's timer). */
  async function watchOnDuty(): Promise<void> {
    stopNow?.()
    const db = await appDatabase()
    stopNow = watchQuery(
      () => loadOnDuty(db, Date.now()),
      (value) => (onDuty.value = value),
      (e) => (error.value = e),
    )
  }

  function stop(): void {
    stopDesk?.()
    stopNow?.()
    stopDesk = stopNow = undefined
  }

  const db = appDatabase
  return {
    date,
    desk,
    onDuty,
    error,
    goToCurrentShift,
    watchDesk,
    watchOnDuty,
    stop,
    signIn: async (ref: ShiftRef, name: string, password: string) =>
      signInForShift(await db(), ref, { name, password }, actor()),
    saveNotes: async (ref: ShiftRef, notes: string, items: { id?: string; text: string; done: boolean }[]) =>
      saveShiftNotes(await db(), ref, { notes, items }, actor()),
    draft: async (ref: ShiftRef) => draftHandover(await db(), ref),
    confirm: async (ref: ShiftRef, side: 'outgoing' | 'incoming', text: string, name: string, password: string) =>
      confirmHandover(await db(), ref, side, { text, name, password }, actor()),
  }
})
