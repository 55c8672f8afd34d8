import { describe, expect, it } from 'vitest'
import { generateDemoPeople } from '@/domain/demo/demo-people'
import { DEMO_SEED, generateDemoTownship } from '@/domain/demo/demo-township'
import { readDocumentNumber } from '@/domain/person/id-number'
import { buildDuplicateIndex, findLikelyDuplicates } from '@/domain/person/matching'
import type { EpisodeKind } from '@/domain/person/person'
import { episodeProblems, personProblems } from '@/domain/person/person-rules'
import { villageKindOf } from '@/domain/township/area-code'
import type { Village } from '@/domain/township/village'

const TODAY = '2021-01-25'
const villages: Village[] = generateDemoTownship().villages.map((v, i) => ({
  ...v,
  id: `vil_${i}`,
  kind: villageKindOf(v.code),
  sortOrder: Number(v.code),
  createdAt: 0,
  createdBy: 'system',
  updatedAt: 0,
  updatedBy: 'system',
}))
const people = generateDemoPeople(villages, DEMO_SEED, TODAY)
const episodes = people.flatMap((p) => p.episodes)
const KINDS: EpisodeKind[] = ['returnee', 'incoming', 'inbound', 'close-contact', 'secondary-contact', 'county-list']
const TRAVEL = new Set<EpisodeKind>(['returnee', 'incoming', 'inbound', 'county-list'])
const REGIONS =
  /^(511826|511802|511822|511823|510107|500103|440305|440111|330106|330212|320508|310115|110105|350203|420103|650102|610113)/

describe('generateDemoPeople', () => {
  it('is deterministic for the same villages, seed and day', () => {
    expect(generateDemoPeople(villages, DEMO_SEED, TODAY)).toEqual(people)
    expect(generateDemoPeople(villages, 1, TODAY)).not.toEqual(people)
  })

  it('makes a few hundred people with unique ids, every episode kind, returnees most', () => {
    expect(people.length).toBeGreaterThanOrEqual(280)
    expect(people.length).toBeLessThanOrEqual(320)
    expect(new Set(people.map((p) => p.person.id)).size).toBe(people.length)
    expect(new Set(episodes.map((e) => e.id)).size).toBe(episodes.length)
    const counts = new Map(KINDS.map((k) => [k, episodes.filter((e) => e.kind === k).length]))
    for (const kind of KINDS) expect(counts.get(kind), kind).toBeGreaterThan(5)
    expect(Math.max(...counts.values())).toBe(counts.get('returnee'))
    expect(people.some((p) => p.episodes.length === 2)).toBe(true)
  })

  it('passes the registration rules: no errors, valid IDs with plausible birth dates and real region codes', () => {
    for (const { person, episodes: own } of people) {
      const checked = personProblems(person, TODAY)
      expect(checked.errors, person.id).toEqual([])
      for (const episode of own) expect(episodeProblems(episode, TODAY).errors, episode.id).toEqual([])
      if (person.documentType !== 'resident-id') continue
      const reading = readDocumentNumber(person.documentNumber, 'resident-id', TODAY)
      expect(person.documentCheck, person.id).toBe(reading.check)
      if (reading.check !== 'ok') continue
      expect(person.documentNumber).toMatch(REGIONS)
      expect(reading.birthDate).toBe(person.birthDate)
      expect(reading.sex).toBe(person.sex)
    }
    const flagged = people.filter((p) => p.person.documentCheck !== 'ok' && p.person.documentCheck !== 'not-checked')
    expect(flagged.length).toBeGreaterThanOrEqual(3)
    expect(flagged.length).toBeLessThanOrEqual(8)
    expect(flagged.some((p) => p.person.documentCheck === 'damaged')).toBe(true)
  })

  it('places everyone in a village and grid, with mobile phones and 五包一 filled', () => {
    const byId = new Map(villages.map((v) => [v.id, v]))
    for (const { person } of people) {
      const village = byId.get(person.villageId)
      expect(village, person.id).toBeDefined()
      expect(village!.grids.map((g) => g.id)).toContain(person.gridId)
      for (const phone of person.phones) expect(phone).toMatch(/^1[3-9]\d{9}$/)
      expect(person.responsible.villageCadre).toEqual(village!.secretary)
      expect(person.responsible.townshipCadre.name).not.toBe('')
    }
  })

  it('has travellers arriving in the last 21 days, with origins and risk levels, registered by today', () => {
    const endOfToday = new Date(2021, 0, 26).getTime()
    for (const episode of episodes) {
      expect(episode.createdAt).toBeLessThan(endOfToday)
      if (!TRAVEL.has(episode.kind)) continue
      expect(episode.arrivalDate >= '2021-01-05' && episode.arrivalDate <= TODAY, episode.id).toBe(true)
      expect(episode.origin.province).not.toBe('')
    }
    const risks = new Set(episodes.filter((e) => TRAVEL.has(e.kind)).map((e) => e.originRisk))
    for (const level of ['none', 'low', 'medium', 'high']) expect(risks).toContain(level)
  })

  it('links close contacts to index cases and secondary contacts to a close contact', () => {
    const closeIds = new Set(people.filter((p) => p.episodes[0].kind === 'close-contact').map((p) => p.person.id))
    expect(new Set(episodes.filter((e) => e.kind === 'close-contact').map((e) => e.indexCase)).size).toBe(3)
    for (const e of episodes.filter((x) => x.kind === 'secondary-contact')) expect(closeIds).toContain(e.contactOf)
  })

  it('holds two likely duplicates the matcher finds, and no others', () => {
    const index = buildDuplicateIndex(people.map((p) => p.person))
    const pairs = new Set(
      people.flatMap(({ person }) =>
        findLikelyDuplicates(index, person).map((m) => `${[person.id, m.id].sort().join('|')} ${m.reasons.join('+')}`),
      ),
    )
    expect([...pairs].map((pair) => pair.split(' ')[1]).sort()).toEqual([
      'nameBirthDate',
      'namePhone+nameBirthDate+documentOneOff',
    ])
  })
})
