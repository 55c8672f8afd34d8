import type { CountyList, CountyListRow } from '../county-list/county-list'
import type { Episode, Person } from '../person/person'
import { byId, column, recordsOf, sortBy, type LedgerRegister, type LedgerValue } from './ledger-register'
import {
  DOCUMENT_TYPES,
  EPISODE_KINDS,
  HEALTH_CODES,
  label,
  SEXES,
  TEST_RESULTS,
  TRANSPORTS,
  VERIFICATION_RESULTS,
} from './ledger-labels'

const origin = (episode: Episode | undefined) =>
  episode ? (episode.origin.province || '') + (episode.origin.city || '') + (episode.origin.county || '') : ''

/** Sorts after every `YYYY-MM-DD`. */
const NO_ARRIVAL = '\uffff'

/** 人员排查台账: one row per reason a person is watched (a person without one still gets a row). */
export const PEOPLE_LEDGER: LedgerRegister = {
  key: 'people',
  title: '人员排查台账',
  tables: ['persons', 'episodes'],
  columns: [
    column('name', '姓名'),
    column('sex', '性别'),
    column('documentType', '证件类型'),
    column('documentNumber', '证件号码', 'id'),
    column('birthDate', '出生日期', 'date'),
    column('phone', '联系电话', 'phone'),
    column('village', '所属村（社区）'),
    column('address', '现住址', 'private'),
    column('kind', '人员类别'),
    column('origin', '从何地来'),
    column('departureDate', '离开日期', 'date'),
    column('arrivalDate', '抵达日期', 'date'),
    column('transport', '交通方式'),
    column('transportNumber', '车次/航班/车牌'),
    column('healthCode', '健康码'),
    column('nucleicAcid', '核酸结果'),
    column('registeredAt', '登记时间', 'datetime'),
  ],
  rows(data) {
    // In id order (as the database hands them over, so this sort is one pass): rows of one arrival day keep it.
    const persons = recordsOf<Person>(data, 'persons')
      .filter((p) => !p.retiredAt && !p.mergedInto)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const episodes = new Map<string, Episode[]>()
    for (const episode of recordsOf<Episode>(data, 'episodes')) {
      const list = episodes.get(episode.personId)
      if (list) list.push(episode)
      else episodes.set(episode.personId, [episode])
    }
    const rows: Record<string, LedgerValue>[] = []
    // One object literal per row with every field (no spread of the person's part): 150k rows in a pack.
    for (const person of persons) {
      const sex = label(SEXES, person.sex)
      const documentType = label(DOCUMENT_TYPES, person.documentType)
      const phone = person.phones.join('，')
      const village = data.villages.get(person.villageId) ?? ''
      for (const episode of episodes.get(person.id) ?? [undefined])
        rows.push({
          name: person.name,
          sex,
          documentType,
          documentNumber: person.documentNumber,
          birthDate: person.birthDate,
          phone,
          village,
          address: person.address,
          kind: label(EPISODE_KINDS, episode?.kind),
          origin: origin(episode),
          departureDate: episode?.departureDate,
          arrivalDate: episode?.arrivalDate,
          transport: label(TRANSPORTS, episode?.transport),
          transportNumber: episode?.transportNumber,
          healthCode: label(HEALTH_CODES, episode?.healthCode.colour),
          nucleicAcid: label(TEST_RESULTS, episode?.nucleicAcid.result),
          registeredAt: episode?.createdAt ?? person.createdAt,
        })
    }
    // By arrival day, then person (the sort is stable): no key string made for each of 150k rows. Rows without
    // an arrival day (close contacts, county lists, people without an episode) come last.
    return sortBy(rows, (row) => row.arrivalDate || NO_ARRIVAL)
  },
}

/** 县级推送名单核查台账: every row of every list the county pushed down, with its verification. */
export const COUNTY_LIST_LEDGER: LedgerRegister = {
  key: 'countyLists',
  title: '县级推送名单核查台账',
  tables: ['countyListRows', 'countyLists'],
  columns: [
    column('list', '名单'),
    column('receivedOn', '接收日期', 'date'),
    column('rowNumber', '行号', 'number'),
    column('name', '姓名'),
    column('documentNumber', '证件号码', 'id'),
    column('phone', '联系电话', 'phone'),
    column('village', '所属村（社区）'),
    column('result', '核查结果'),
    column('note', '备注', 'private'),
    column('verifiedAt', '核查时间', 'datetime'),
  ],
  rows(data) {
    const lists = byId(recordsOf<CountyList>(data, 'countyLists'))
    const rows = recordsOf<CountyListRow>(data, 'countyListRows').map((row) => {
      const list = lists.get(row.listId)
      return {
        list: list?.title ?? '',
        receivedOn: list?.receivedOn,
        rowNumber: row.rowNumber,
        name: row.name,
        documentNumber: row.documentNumber,
        phone: row.phone,
        village: data.villages.get(row.villageId) ?? '',
        result: label(VERIFICATION_RESULTS, row.result),
        note: row.note,
        verifiedAt: row.verifiedAt,
        order: `${list?.receivedOn ?? ''}|${row.listId}|${String(row.rowNumber).padStart(8, '0')}`,
      }
    })
    return sortBy(rows, (row) => row.order)
  },
}
