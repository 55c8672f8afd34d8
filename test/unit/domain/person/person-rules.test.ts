import { describe, expect, it } from 'vitest'
import { episodeProblems, personProblems, type EpisodeInput, type PersonInput } from '@/domain/person/person-rules'

const TODAY = '2021-06-15'

const PERSON: PersonInput = {
  name: '张三',
  documentType: 'resident-id',
  documentNumber: '110101199003072316',
  sex: 'male',
  birthDate: '1990-03-07',
  phones: ['13812345678'],
}

const codes = (problems: { code: string }[]) => problems.map((p) => p.code)

describe('personProblems', () => {
  it('finds nothing wrong with a clean record', () => {
    expect(personProblems(PERSON, TODAY)).toEqual({ errors: [], warnings: [] })
  })

  it.each<[string, Partial<PersonInput>]>([
    ['a minority name with ·', { name: '阿依古丽·买买提' }],
    ['a minority name with ・', { name: '阿依古丽・买买提' }],
    ['a two-character name', { name: '王五' }],
    ['a foreign name', { name: 'John Smith', documentType: 'passport', documentNumber: 'E12345678', sex: 'unknown' }],
    ['no document', { documentType: 'none', documentNumber: '', sex: 'female', birthDate: '' }],
    ['an unknown sex', { sex: 'unknown' }],
    ['no birth date', { birthDate: '' }],
    ['no phone', { phones: [] }],
    ['a landline and a mobile in one cell', { phones: ['0835-1234567/13812345678'] }],
    [
      'the ID typed in lower case with spaces',
      { name: '李四', documentNumber: '1101 0519 4912 3100 2x', sex: 'female', birthDate: '1949-12-31' },
    ],
  ])('accepts %s', (_, patch) => {
    expect(personProblems({ ...PERSON, ...patch }, TODAY)).toEqual({ errors: [], warnings: [] })
  })

  it.each<[Partial<PersonInput>, string[]]>([
    [{ name: '' }, ['person.name.required']],
    [{ name: '   ' }, ['person.name.required']],
    [{ name: '张' }, ['person.name.length']],
    [{ name: '张'.repeat(21) }, ['person.name.length']],
    [{ name: 'A'.repeat(61) }, ['person.name.length']],
    [{ name: '张三2' }, ['person.name.characters']],
    [{ name: '张三（父）' }, ['person.name.characters']],
    [{ name: '110101199003072316' }, ['person.name.characters']],
    [{ birthDate: '2021-06-16' }, ['person.birthDate.future']],
    [{ birthDate: '1990-02-30' }, ['person.birthDate.invalid']],
    [{ birthDate: '1990/3/7' }, ['person.birthDate.invalid']],
    [{ birthDate: '1899-12-31' }, ['person.birthDate.invalid']],
  ])('refuses %j: %j', (patch, errors) => {
    const found = personProblems({ ...PERSON, documentType: 'none', documentNumber: '', ...patch }, TODAY)
    expect(codes(found.errors)).toEqual(errors)
  })

  it.each<[Partial<PersonInput>, string[]]>([
    [{ documentNumber: '' }, ['person.document.missing']],
    [{ documentNumber: '110101199003072317' }, ['person.document.checkCharacter']],
    [{ documentNumber: '11010119900307231' }, ['person.document.length']],
    [{ documentNumber: '11010119900307231A' }, ['person.document.characters']],
    [
      { documentNumber: '000000199003072310', birthDate: '' },
      ['person.document.region', 'person.document.checkCharacter'],
    ],
    [{ documentNumber: '110101199002300014', birthDate: '' }, ['person.document.birthDate']],
    [{ documentNumber: '1.10101E+17' }, ['person.document.excelScientific']],
    [{ documentNumber: '110101199003072000' }, ['person.document.excelZeros']],
    [{ documentType: 'passport', documentNumber: 'E1' }, ['person.document.length']],
    [{ phones: ['1381234567'] }, ['person.phone.invalid']],
    [{ phones: ['13812345678/123'] }, ['person.phone.invalid']],
    [{ phones: ['123', '456'] }, ['person.phone.invalid', 'person.phone.invalid']],
    [{ sex: 'female' }, ['person.sex.mismatch']],
    [{ birthDate: '1990-03-08' }, ['person.birthDate.mismatch']],
    [{ sex: 'female', birthDate: '1991-01-01' }, ['person.sex.mismatch', 'person.birthDate.mismatch']],
  ])('warns, without refusing, about %j: %j', (patch, warnings) => {
    const found = personProblems({ ...PERSON, ...patch }, TODAY)
    expect(found.errors).toEqual([])
    expect(codes(found.warnings)).toEqual(warnings)
  })

  it('fills the messages with the normalised number, the phone as typed and the dates', () => {
    const found = personProblems(
      { ...PERSON, documentNumber: '11010119900307231x', phones: [' 12345 '], birthDate: '1990-03-08', sex: 'female' },
      TODAY,
    )
    expect(found.warnings).toEqual([
      { field: 'documentNumber', code: 'person.document.checkCharacter', params: { value: '11010119900307231X' } },
      { field: 'phones', code: 'person.phone.invalid', params: { value: '12345' } },
      { field: 'sex', code: 'person.sex.mismatch', params: { value: '11010119900307231X' } },
      {
        field: 'birthDate',
        code: 'person.birthDate.mismatch',
        params: { value: '1990-03-08', document: '1990-03-07' },
      },
    ])
    expect(personProblems({ ...PERSON, name: '张' }, TODAY).errors).toEqual([
      { field: 'name', code: 'person.name.length', params: { value: '张', max: 20 } },
    ])
  })

  it('says nothing about sex or birth date when Excel destroyed the sequence digits', () => {
    const found = personProblems({ ...PERSON, documentNumber: '110101199003072000', sex: 'female' }, TODAY)
    expect(codes(found.warnings)).toEqual(['person.document.excelZeros'])
  })
})

const EPISODE: EpisodeInput = {
  kind: 'returnee',
  origin: { province: '广东省', city: '深圳市', county: '', township: '', village: '', areaCode: '' },
  departureDate: '2021-06-10',
  arrivalDate: '2021-06-11',
  healthCode: { colour: 'green', seenOn: '2021-06-11' },
  nucleicAcid: { date: '2021-06-09', result: 'negative' },
  indexCase: '',
  contactOf: '',
}

describe('episodeProblems', () => {
  it.each<[string, Partial<EpisodeInput>]>([
    ['a clean returnee', {}],
    ['arrival on the day of departure', { arrivalDate: '2021-06-10' }],
    ['arrival today', { arrivalDate: TODAY }],
    ['no departure date', { departureDate: '' }],
    ['no test, no health code', { nucleicAcid: { date: '', result: '' }, healthCode: { colour: '', seenOn: '' } }],
    ['a close contact with its index case', { kind: 'close-contact', indexCase: '病例1' }],
    ['a secondary contact with its close contact', { kind: 'secondary-contact', contactOf: 'per_1' }],
    [
      'a county-list row without origin or dates',
      {
        kind: 'county-list',
        origin: { ...EPISODE.origin, province: '', city: '' },
        arrivalDate: '',
        departureDate: '',
      },
    ],
    [
      'an origin given only by area code',
      { origin: { ...EPISODE.origin, province: '', city: '', areaCode: '440304' } },
    ],
  ])('accepts %s', (_, patch) => {
    expect(episodeProblems({ ...EPISODE, ...patch }, TODAY)).toEqual({ errors: [], warnings: [] })
  })

  it.each<[Partial<EpisodeInput>, [string, string][]]>([
    [{ arrivalDate: '2021-06-09' }, [['arrivalDate', 'episode.arrivalBeforeDeparture']]],
    [{ arrivalDate: '2021-06-16' }, [['arrivalDate', 'episode.date.future']]],
    [
      { departureDate: '2021-06-20', arrivalDate: '2021-06-21' },
      [
        ['departureDate', 'episode.date.future'],
        ['arrivalDate', 'episode.date.future'],
      ],
    ],
    [{ departureDate: '2021-02-30' }, [['departureDate', 'episode.date.invalid']]],
    [{ arrivalDate: '6月11日' }, [['arrivalDate', 'episode.date.invalid']]],
    [{ healthCode: { colour: 'green', seenOn: '2021-07-01' } }, [['healthCode.seenOn', 'episode.date.future']]],
    [{ nucleicAcid: { date: '2021-13-01', result: 'negative' } }, [['nucleicAcid.date', 'episode.date.invalid']]],
    [{ kind: 'close-contact' }, [['indexCase', 'episode.indexCase.required']]],
    [{ kind: 'close-contact', indexCase: '  ' }, [['indexCase', 'episode.indexCase.required']]],
    [{ kind: 'secondary-contact' }, [['contactOf', 'episode.contactOf.required']]],
  ])('refuses %j', (patch, errors) => {
    const found = episodeProblems({ ...EPISODE, ...patch }, TODAY)
    expect(found.errors.map((p) => [p.field, p.code])).toEqual(errors)
  })

  it.each<[Partial<EpisodeInput>, string[]]>([
    [
      { origin: { province: '', city: '', county: '', township: '', village: '', areaCode: '' } },
      ['episode.origin.missing'],
    ],
    [{ arrivalDate: '' }, ['episode.arrivalDate.missing']],
    [{ kind: 'inbound', arrivalDate: '' }, ['episode.arrivalDate.missing']],
    [{ kind: 'incoming', origin: { ...EPISODE.origin, province: ' ', city: '' } }, ['episode.origin.missing']],
  ])('warns about %j', (patch, warnings) => {
    const found = episodeProblems({ ...EPISODE, ...patch }, TODAY)
    expect(found.errors).toEqual([])
    expect(codes(found.warnings)).toEqual(warnings)
  })

  it('fills the messages with the dates', () => {
    expect(episodeProblems({ ...EPISODE, arrivalDate: '2021-06-09' }, TODAY).errors).toEqual([
      {
        field: 'arrivalDate',
        code: 'episode.arrivalBeforeDeparture',
        params: { value: '2021-06-09', departure: '2021-06-10' },
      },
    ])
    expect(episodeProblems({ ...EPISODE, arrivalDate: '2021-06-16' }, TODAY).errors).toEqual([
      { field: 'arrivalDate', code: 'episode.date.future', params: { value: '2021-06-16', today: TODAY } },
    ])
  })
})
