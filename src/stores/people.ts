import { defineStore } from 'pinia'
import { reactive, ref, shallowRef } from 'vue'
import type { AuditEntry } from '@/domain/audit/audit-entry'
import type { Episode } from '@/domain/person/person'
import type { DuplicateReview } from '@/domain/person/duplicate-review'
import { appDatabase } from '@/db/instance'
import { watchQuery } from '@/db/live'
import type { ListedPerson, PersonRow } from '@/db/person-row'
import { listAudit } from '@/db/repositories/audit-repository'
import { countOpenReviews, listOpenReviews, resolveReview } from '@/db/repositories/duplicate-repository'
import { listEpisodes } from '@/db/repositories/episode-repository'
import { listPeople, type PeoplePage, type PeopleQuery } from '@/db/repositories/person-list-repository'
import { getPeople, getPerson } from '@/db/repositories/person-repository'
import { mergePeople } from '@/services/people/merge-service'
import { registerPerson, type RegistrationInput } from '@/services/people/register-service'
import { revealDocument, revealPhones } from '@/services/people/reveal-service'
import { useSessionStore } from './session'

/** Row types the people screens show. */
export type { ListedPerson, PersonRow }

/** A person's page: the record, every episode, and the audit history of both. */
export interface PersonDetail {
  person: PersonRow
  episodes: Episode[]
  history: AuditEntry[]
}

/** A review with both people loaded, for the duplicate queue. */
export interface ReviewPair {
  review: DuplicateReview
  person?: PersonRow
  other?: PersonRow
}

// Absent filters must be undefined, not '' (the repository reads '' as "not yet assigned").
function cleaned(query: PeopleQuery): PeopleQuery {
  return Object.fromEntries(
    Object.entries(query).filter(([, v]) => v !== undefined && v !== '' && v !== false),
  ) as unknown as PeopleQuery
}

/** The people register: the list's filters and live page, registration, a person's page, the duplicate queue. */
export const usePeopleStore = defineStore('people', () => {
  const query = reactive<PeopleQuery>({ page: 1, pageSize: 20, sort: 'arrival' })
  const page = shallowRef<PeoplePage>({ items: [], total: 0, exact: true })
  const loading = ref(false)
  const reviews = shallowRef<ReviewPair[]>([])
  const openReviewCount = ref(0)
  let stopPage: (() => void) | undefined
  let stopReviews: (() => void) | undefined

  async function watchPage(): Promise<void> {
    stopPage?.()
    loading.value = true
    const db = await appDatabase()
    const snapshot = cleaned({ ...query })
    stopPage = watchQuery(
      () => listPeople(db, snapshot),
      (value) => {
        page.value = value
        loading.value = false
      },
      () => (loading.value = false),
    )
  }

  function unwatchPage(): void {
    stopPage?.()
    stopPage = undefined
  }

  async function watchReviews(): Promise<void> {
    if (stopReviews) return
    const db = await appDatabase()
    stopReviews = watchQuery(
      async () => {
        const open = await listOpenReviews(db)
        const people = await getPeople(
          db,
          open.flatMap((r) => [r.personId, r.otherId]),
        )
        return {
          pairs: open.map((review, i) => ({ review, person: people[2 * i], other: people[2 * i + 1] })),
          count: open.length,
        }
      },
      (value) => {
        reviews.value = value.pairs
        openReviewCount.value = value.count
      },
      () => undefined,
    )
  }

  async function refreshReviewCount(): Promise<void> {
    openReviewCount.value = await countOpenReviews(await appDatabase())
  }

  async function register(input: RegistrationInput) {
    return registerPerson(await appDatabase(), input, useSessionStore().actor)
  }

  async function detail(id: string): Promise<PersonDetail | undefined> {
    const db = await appDatabase()
    const person = await getPerson(db, id)
    if (!person) return undefined
    const episodes = await listEpisodes(db, id)
    const personHistory = await listAudit(db, { entity: 'person', entityId: id, page: 1, pageSize: 200 })
    const episodeHistory = await Promise.all(
      episodes.map((e) => listAudit(db, { entity: 'episode', entityId: e.id, page: 1, pageSize: 50 })),
    )
    const history = [...personHistory.items, ...episodeHistory.flatMap((h) => h.items)].sort((a, b) => b.at - a.at)
    return { person, episodes, history }
  }

  async function reveal(personId: string, field: 'documentNumber' | 'phones'): Promise<string> {
    const session = useSessionStore()
    const db = await appDatabase()
    const role = session.user!.role
    return field === 'documentNumber'
      ? revealDocument(db, personId, session.actor, role)
      : (await revealPhones(db, personId, session.actor, role)).join('、')
  }

  async function merge(keepId: string, mergeId: string) {
    return mergePeople(await appDatabase(), keepId, mergeId, useSessionStore().actor)
  }

  async function markDistinct(reviewId: string) {
    return resolveReview(await appDatabase(), reviewId, 'distinct', useSessionStore().actor)
  }

  return {
    query,
    page,
    loading,
    reviews,
    openReviewCount,
    watchPage,
    unwatchPage,
    watchReviews,
    refreshReviewCount,
    register,
    detail,
    reveal,
    merge,
    markDistinct,
  }
})
