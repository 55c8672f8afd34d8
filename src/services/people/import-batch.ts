import type { ImportedRow } from '@/domain/person/people-sheet-rows'
import type { Person } from '@/domain/person/person'
import type { EpisodeFields, PersonFields } from '@/db/person-row'
import type {
  ImportBatch,
  ImportedBundle,
  ImportedEpisodes,
  ImportedReview,
} from '@/db/repositories/person-import-batch'
import type { PeopleImportPreview } from './import-service'
import { emptyResponsible } from './register-service'

type Named = Pick<Person, 'name' | 'documentNumber'>

function personFields(row: ImportedRow, id: string): PersonFields & { id: string } {
  const { person } = row.input
  return {
    id,
    documentType: person.documentType,
    documentNumber: person.documentNumber,
    documentCheck: row.documentCheck,
    name: person.name.trim(),
    sex: person.sex,
    birthDate: person.birthDate,
    phones: [...new Set(person.phones)],
    villageId: person.villageId,
    gridId: person.gridId,
    household: person.household.trim(),
    address: person.address.trim(),
    notes: person.notes.trim(),
    responsible: emptyResponsible(),
  }
}

function episodeFields(row: ImportedRow): EpisodeFields {
  return {
    ...row.input.episode,
    indexCase: row.input.episode.indexCase.trim(),
    contactOf: row.input.episode.contactOf.trim(),
  }
}

/** The writes a preview planned (one bundle per new person, one item per registered person): bundles of new people, episodes per registered person, reviews. */
export function batchOf(preview: PeopleImportPreview): ImportBatch {
  const { parsed, plan } = preview
  const bundles = new Map<string, ImportedBundle>()
  const episodes = new Map<string, ImportedEpisodes>()
  for (const planned of plan.rows) {
    const row = parsed.rows[planned.row]
    if (planned.action === 'new-person')
      bundles.set(planned.personId, { person: personFields(row, planned.personId), episodes: [episodeFields(row)] })
    else if (planned.action === 'new-episode' && planned.personIsNew)
      bundles.get(planned.personId)?.episodes.push(episodeFields(row))
    else if (planned.action === 'new-episode') {
      const item = episodes.get(planned.personId)
      if (item) item.episodes.push(episodeFields(row))
      else
        episodes.set(planned.personId, {
          personId: planned.personId,
          episodes: [episodeFields(row)],
          fields: personFields(row, planned.personId),
        })
    }
  }
  const reviews = plan.rows.flatMap((planned): ImportedReview[] => {
    const person = bundles.get(planned.personId)?.person
    return planned.duplicates.flatMap((d) => {
      const other: Named | undefined = bundles.get(d.id)?.person ?? preview.others.get(d.id)
      return person && other
        ? [{ personId: planned.personId, otherId: d.id, reasons: d.reasons, names: [person, other] }]
        : []
    })
  })
  const label = parsed.source ? `${parsed.source} ${parsed.fileName}` : parsed.fileName
  return {
    label,
    registerVersion: preview.registerVersion,
    people: [...bundles.values()],
    episodes: [...episodes.values()],
    reviews,
    ...(parsed.source.trim() ? { mapping: { source: parsed.source, mapping: parsed.mapping } } : {}),
  }
}
