import { describe, expect, it } from 'vitest'
import { episodeKey, planImport, type KnownPerson, type RegisterView } from '@/domain/person/import-plan'
import { buildDuplicateIndex, type MatchablePerson } from '@/domain/person/matching'
import type { ImportedRow } from '@/domain/person/people-sheet-rows'
import { badCheck, episodeFields, residentId } from '../../../fixtures/people'

const A = residentId('19900307', '123')
const B = residentId('19851120', '246')

function row(
  rowNumber: number,
  person: Partial<ImportedRow['input']['person']>,
  arrivalDate = '2021-01-08',
): ImportedRow {
  return {
    sheet: 'S',
    rowNumber,
    documentCheck: 'ok',
    hasWarnings: false,
    input: {
      person: {
        name: '张伟',
        documentType: 'resident-id',
        documentNumber: A,
        sex: 'male',
        birthDate: '1990-03-07',
        phones: ['13812345678'],
        villageId: '',
        gridId: '',
        household: '',
        address: '',
        notes: '',
        ...person,
      },
      episode: {
        ...episodeFields({ arrivalDate, departureDate: '', source: 'import', sourceRef: `f#S!${rowNumber}` }),
      },
    },
  }
}

function known(id: string, keys: string[] = [], more: Partial<KnownPerson> = {}): KnownPerson {
  return { id, phones: [], birthDate: '', episodeKeys: new Set(keys), sourceRefs: new Set(), ...more }
}

function register(
  people: MatchablePerson[] = [],
  byDocument: [string, KnownPerson][] = [],
  undocumented: [string, KnownPerson[]][] = [],
): RegisterView {
  return { byDocument: new Map(byDocument), withoutDocument: new Map(undocumented), index: buildDuplicateIndex(people) }
}

let next = 0
const newId = () => `per_new_${++next}`

describe('planImport', () => {
  it('registers new people, and finds nothing new in a row repeated later in the file', () => {
    const plan = planImport([row(2, {}), row(3, {}), row(4, { documentNumber: B, name: '李娜' })], register(), newId)
    expect(plan.rows.map((r) => [r.action, r.personIsNew])).toEqual([
      ['new-person', true],
      ['unchanged', true],
      ['new-person', true],
    ])
    expect(plan.rows[1].personId).toBe(plan.rows[0].personId)
    expect(plan.counts).toEqual({ newPeople: 2, newEpisodes: 0, unchanged: 1, likelyDuplicates: 0 })
  })

  it('adds an episode to a registered person, unless it has one of that kind and arrival date', () => {
    const view = register([], [[`id:${A}`, known('per_a', [episodeKey('returnee', '2021-01-08')])]])
    const plan = planImport([row(2, {}), row(3, {}, '2021-02-01'), row(4, {}, '2021-02-01')], view, newId)
    expect(plan.rows.map((r) => [r.action, r.personId])).toEqual([
      ['unchanged', 'per_a'],
      ['new-episode', 'per_a'],
      ['unchanged', 'per_a'],
    ])
  })

  it('recognises a person without a document by name and phone, birth date or the same source row', () => {
    const person = known('per_x', [episodeKey('returnee', '2021-01-08')], { phones: ['13812345678'] })
    const view = register([], [], [['张伟', [person]]])
    const plan = planImport([row(2, { documentType: 'none', documentNumber: '' })], view, newId)
    expect(plan.rows[0]).toMatchObject({ action: 'unchanged', personId: 'per_x' })
    const fresh = known('per_x', [episodeKey('returnee', '2021-01-08')], { phones: ['13812345678'] })
    const stranger = planImport(
      [row(2, { documentType: 'none', documentNumber: '', phones: ['13900000000'], birthDate: '' })],
      register([], [], [['张伟', [fresh]]]),
      newId,
    )
    expect(stranger.rows[0].action).toBe('new-person')
  })

  it('checks new people for likely duplicates in the register and earlier in the file, never blocking them', () => {
    const registered: MatchablePerson = {
      id: 'per_r',
      name: '张伟',
      documentType: 'resident-id',
      documentNumber: badCheck(A),
      phones: [],
      birthDate: '',
    }
    const plan = planImport(
      [row(2, {}), row(3, { documentNumber: B, birthDate: '1990-03-07' })],
      register([registered]),
      newId,
    )
    expect(plan.rows[0].duplicates).toEqual([{ id: 'per_r', reasons: ['documentOneOff'] }])
    expect(plan.rows[1].duplicates).toEqual([{ id: plan.rows[0].personId, reasons: ['namePhone', 'nameBirthDate'] }])
    expect(plan.counts).toMatchObject({ newPeople: 2, likelyDuplicates: 2 })
  })
})
