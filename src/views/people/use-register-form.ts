import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { readDocumentNumber } from '@/domain/person/id-number'
import type { Episode, Person } from '@/domain/person/person'
import type { Problem } from '@/domain/common/result'
import { problemMessage } from '@/i18n/problem-message'
import type { RegistrationInput } from '@/services/people/register-service'
import { usePeopleStore } from '@/stores/people'
import { useVillagesStore } from '@/stores/villages'

type PersonForm = Pick<
  Person,
  | 'documentType'
  | 'documentNumber'
  | 'name'
  | 'sex'
  | 'birthDate'
  | 'villageId'
  | 'gridId'
  | 'household'
  | 'address'
  | 'notes'
  | 'responsible'
> & { phones: string }
type EpisodeForm = Omit<
  Episode,
  'id' | 'personId' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'symptoms' | 'source' | 'sourceRef'
> & { symptoms: string }

const contact = () => ({ name: '', phone: '' })

function blankPerson(keep?: PersonForm): PersonForm {
  return {
    documentType: 'resident-id',
    documentNumber: '',
    name: '',
    sex: 'unknown',
    birthDate: '',
    phones: '',
    // Officers register a village's returnees in a row: keep the village and its responsible people.
    villageId: keep?.villageId ?? '',
    gridId: keep?.gridId ?? '',
    household: '',
    address: '',
    notes: '',
    responsible: keep
      ? JSON.parse(JSON.stringify(keep.responsible))
      : {
          townshipCadre: contact(),
          villageCadre: contact(),
          police: contact(),
          doctor: contact(),
          gridMember: contact(),
        },
  }
}

function blankEpisode(): EpisodeForm {
  return {
    kind: 'returnee',
    origin: { province: '', city: '', county: '', township: '', village: '', areaCode: '' },
    originRisk: 'unknown',
    departureDate: '',
    arrivalDate: '',
    transport: '',
    transportNumber: '',
    healthCode: { colour: '', seenOn: '' },
    nucleicAcid: { date: '', result: '' },
    symptoms: '',
    indexCase: '',
    contactOf: '',
  }
}

/** The registration form: fields, ID-derived sex and birth date, save-and-next, and what the last save found. */
export function useRegisterForm() {
  const { t, te } = useI18n()
  const store = usePeopleStore()
  const villages = useVillagesStore()
  const person = reactive<PersonForm>(blankPerson())
  const episode = reactive<EpisodeForm>(blankEpisode())
  const errors = ref<Record<string, string>>({})
  const warnings = ref<string[]>([])
  const lastSaved = ref('')
  const derived = ref(false)
  const busy = ref(false)
  const grids = computed(() => villages.active.find((v) => v.id === person.villageId)?.grids ?? [])

  /** Fills sex and birth date from a resident ID as soon as the number reads, unless the officer set them. */
  function deriveFromDocument(): void {
    const reading = readDocumentNumber(person.documentNumber, person.documentType)
    derived.value = false
    if (reading.sex && person.sex === 'unknown') person.sex = reading.sex
    if (reading.birthDate && person.birthDate === '') person.birthDate = reading.birthDate
    derived.value = Boolean(reading.sex || reading.birthDate)
  }

  function input(): RegistrationInput {
    const plain = JSON.parse(JSON.stringify({ person, episode }))
    return {
      person: { ...plain.person, phones: plain.person.phones.trim() ? [plain.person.phones] : [] },
      episode: {
        ...plain.episode,
        symptoms: plain.episode.symptoms.split(/[,，、;；\s]+/).filter(Boolean),
        source: 'form',
      },
    }
  }

  const message = (p: Problem) => problemMessage(t, te, p)

  async function save(): Promise<boolean> {
    busy.value = true
    errors.value = {}
    try {
      const result = await store.register(input())
      warnings.value = result.warnings.map(message)
      if (result.duplicates) warnings.value.push(t('people.duplicatesQueued', { n: result.duplicates }))
      lastSaved.value = t(result.outcome === 'new-person' ? 'people.saved' : 'people.savedEpisode', {
        name: result.person.name,
      })
      Object.assign(person, blankPerson(person))
      derived.value = false
      return true
    } catch (e) {
      const problems = (e as { problems?: Problem[] }).problems ?? [{ field: 'form', code: String(e) }]
      errors.value = Object.fromEntries(problems.map((p) => [p.field, message(p)]))
      return false
    } finally {
      busy.value = false
    }
  }

  const errorOf = (field: string) => errors.value[field] ?? ''
  return { person, episode, errors, warnings, lastSaved, derived, busy, grids, deriveFromDocument, save, errorOf }
}
