import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Township, TownshipInput } from '@/domain/township/township'
import { appDatabase } from '@/db/instance'
import { getTownship } from '@/db/repositories/township-repository'
import {
  completeSetup,
  isSetUp,
  loadDemoTownship,
  type AdminInput,
  type SetupResult,
} from '@/services/setup/setup-service'
import { updateTownship } from '@/services/township/township-service'
import { useSessionStore } from './session'

/** The township settings and whether the first-run wizard has completed. */
export const useTownshipStore = defineStore('township', () => {
  const township = ref<Township | null>(null)
  const setUp = ref<boolean | null>(null)

  async function load(): Promise<void> {
    const db = await appDatabase()
    township.value = (await getTownship(db)) ?? null
    setUp.value = await isSetUp(db)
  }

  async function save(input: TownshipInput): Promise<void> {
    township.value = await updateTownship(await appDatabase(), input, useSessionStore().actor)
  }

  /** Finishes the first-run wizard with the user's township, or with the demo township. */
  async function setup(input: TownshipInput | 'demo', admin: AdminInput): Promise<SetupResult> {
    const db = await appDatabase()
    const done = input === 'demo' ? await loadDemoTownship(db, admin) : await completeSetup(db, input, admin)
    await load()
    return done
  }

  return { township, setUp, load, save, setup }
})
