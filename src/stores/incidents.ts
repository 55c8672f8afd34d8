import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { Incident, IncidentInput } from '@/domain/log/incident'
import type { Playbook } from '@/domain/log/playbook'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import { listIncidents } from '@/db/repositories/log/incident-repository'
import * as incidents from '@/services/log/incident-service'
import { useSessionStore } from './session'

/** Incidents: the list, the one open on screen with its timeline (live), playbooks, and the checklist actions. */
export const useIncidentsStore = defineStore('incidents', () => {
  const list = shallowRef<Incident[]>([])
  const timeline = shallowRef<incidents.IncidentTimeline | undefined>(undefined)
  const playbooks = shallowRef<Playbook[]>([])
  const error = ref<unknown>(null)
  let stopList: (() => void) | undefined
  let stopOne: (() => void) | undefined

  async function watchList(): Promise<void> {
    if (stopList) return
    const db = await appDatabase()
    stopList = watchQuery(
      () => Promise.all([listIncidents(db), incidents.playbooks(db)]),
      ([l, p]) => {
        list.value = l
        playbooks.value = p
      },
      (e) => (error.value = e),
    )
  }

  async function watchOne(id: string): Promise<void> {
    stopOne?.()
    timeline.value = undefined
    const db = await appDatabase()
    stopOne = watchQuery(
      () => incidents.incidentTimeline(db, id),
      (value) => (timeline.value = value),
      (e) => (error.value = e),
    )
  }

  function stopWatchingOne(): void {
    stopOne?.()
    stopOne = undefined
  }

  const actor = () => useSessionStore().actor
  return {
    list,
    timeline,
    playbooks,
    error,
    watchList,
    watchOne,
    stopWatchingOne,
    open: async (input: IncidentInput) => incidents.openIncident(await appDatabase(), actor(), input),
    setDone: async (id: string, key: string, done: boolean) =>
      incidents.setActionDone(await appDatabase(), actor(), id, key, done),
    setOwner: async (id: string, key: string, owner: string) =>
      incidents.setActionOwner(await appDatabase(), actor(), id, key, owner),
    linkPerson: async (id: string, person: { id: string; name: string }) =>
      incidents.linkPerson(await appDatabase(), actor(), id, person),
    close: async (id: string) => incidents.closeIncident(await appDatabase(), actor(), id),
    savePlaybook: async (playbook: Playbook) => incidents.storePlaybook(await appDatabase(), actor(), playbook),
  }
})
