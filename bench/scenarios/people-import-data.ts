import { utils, write, type WorkSheet } from '@e965/xlsx'
import { addDays, birthDateFor, residentIdFor } from '@/domain/demo/demo-identity'
import { DOMESTIC_PLACES, localRegion } from '@/domain/demo/demo-places'
import { mobileNumber, personName } from '@/domain/demo/names'
import { createRandom, type Random } from '@/domain/demo/random'
import type { Sex } from '@/domain/person/person'

/** A village as a sheet names it: its name (sometimes with 委会), and its grids. */
export interface SheetVillage {
  name: string
  grids: string[]
}

/** What the generated sheet looks like. */
export interface MessySheetOptions {
  /** Data rows in all (blank and subtotal rows included), split 3:1 over two sheets. */
  rows: number
  villages: readonly SheetVillage[]
  /** The year in the titles; dates without one (`1月8日`) take it. */
  year: number
  /** 6-digit county code the local people's IDs were issued under. */
  countyCode: string
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const FULL_WIDTH = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

function serial(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / 86_400_000
}

/** A date cell as villages write them: an Excel serial, `2021.1.8`, `2021/1/8` or `1月8日`. */
function dateCell(random: Random, date: string): string | number {
  const [y, m, d] = date.split('-').map(Number)
  return random.weighted<string | number>([
    [serial(date), 4],
    [`${y}.${m}.${d}`, 2],
    [`${y}/${m}/${d}`, 1],
    [`${m}月${d}日`, 3],
  ])
}

/** An ID cell: mostly text, some lower-case x, some damaged by Excel (`1.10101E+17`, a number cell ending 000). */
function idCell(random: Random, id: string): string | number {
  const roll = random.next()
  if (roll < 0.01) return `${id[0]}.${id.slice(1, 6)}E+17`
  if (roll < 0.02) return Number(`${id.slice(0, 15)}000`)
  if (roll < 0.05) return id.toLowerCase()
  return roll < 0.07 ? ` ${id.slice(0, 6)} ${id.slice(6)} ` : id
}

function phoneCell(random: Random, phone: string): string {
  const roll = random.next()
  if (roll < 0.05) return FULL_WIDTH(phone)
  if (roll < 0.1) return `+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`
  return roll < 0.15 ? `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}` : phone
}

interface Person {
  name: string
  sex: Sex
  id: string
  phone: string
  village: SheetVillage
  arrival: string
}

function personOf(random: Random, options: MessySheetOptions): Person {
  const sex: Sex = random.chance(0.55) ? 'male' : 'female'
  const birth = birthDateFor(random, `${options.year}-01-01`, 3, 85)
  const local = random.chance(0.8)
  const region = local ? localRegion(random, options.countyCode) : '420103'
  return {
    name: personName(random, { sex, birthYear: Number(birth.slice(0, 4)) }),
    sex,
    id: residentIdFor(random, region, birth, sex),
    phone: mobileNumber(random),
    village: random.chance(0.01) ? { name: '飞仙关村', grids: [] } : random.pick(options.villages),
    arrival: addDays(`${options.year}-01-05`, random.int(0, 40)),
  }
}

function returneeRow(random: Random, n: number, p: Person): (string | number)[] {
  const place = random.pick(DOMESTIC_PLACES)
  const fever = random.chance(0.02)
  const [transport, number] = random.pick([
    ['火车', 'G1234'],
    ['飞机', 'CA1234'],
    ['自驾', '川A12345'],
    ['客车', ''],
  ])
  return [
    n,
    p.name,
    p.sex === 'male' ? '男' : '女',
    idCell(random, p.id),
    phoneCell(random, p.phone),
    random.chance(0.1) ? `${p.village.name}委会` : p.village.name,
    p.village.grids.length ? random.pick(p.village.grids) : '',
    place.province,
    place.city,
    place.county,
    dateCell(random, p.arrival),
    transport,
    number,
    random.pick(['绿码', '绿', '绿码', '黄码']),
    dateCell(random, addDays(p.arrival, -1)),
    random.pick(['阴性', '阴', '-']),
    random.chance(0.5) ? (fever ? '√' : '×') : fever ? 1 : 0,
    fever ? '37.8' : random.pick(['36.5℃', '正常', 36.6, '36.4']),
    '',
  ]
}

/** The returnee sheet: title row, two-row merged header (从何地返回 over 省/市/县, 核酸检测 over 时间/结果). */
function returneeSheet(random: Random, people: Person[], year: number): WorkSheet {
  const rows: (string | number | null)[][] = [
    [`芦阳镇${year}年春节返乡人员登记表`],
    [
      '序号',
      '姓名',
      '性别',
      '身份证号',
      '联系电话',
      '所属村',
      '组',
      '从何地返回',
      null,
      null,
      '返乡时间',
      '交通方式',
      '车次/航班',
      '健康码',
      '核酸检测',
      null,
      '是否发热',
      '体温',
      '备注',
    ],
    [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '省',
      '市',
      '县',
      null,
      null,
      null,
      null,
      '时间',
      '结果',
      null,
      null,
      null,
    ],
  ]
  people.forEach((person, i) => {
    if (i > 0 && i % 300 === 0) rows.push([])
    if (i > 0 && i % 1000 === 0)
      rows.push([
        '小计',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        `${i}人`,
      ])
    // 2% of rows register someone a second time (the same return, copied from earlier in the list).
    const again = i > 10 && random.chance(0.02) ? people[random.int(0, i - 1)] : person
    rows.push(returneeRow(random, i + 1, again))
  })
  const sheet = utils.aoa_to_sheet(rows)
  const merges = ['A1:S1', 'H2:J2', 'O2:P2', ...[...'ABCDEFGKLMNQRS'].map((c) => `${c}2:${c}3`)]
  sheet['!merges'] = merges.map((range) => utils.decode_range(range))
  return sheet
}

/** The incoming sheet: a single-row header under a title, origin as one text, kinds in words. */
function incomingSheet(random: Random, people: Person[], year: number): WorkSheet {
  const rows: (string | number)[][] = [
    [`外来人员登记（${year}年）`],
    ['姓名', '证件号码', '手机号', '村（社区）', '来源地', '抵达时间', '人员类别', '有无症状', '现住址'],
  ]
  for (const p of people) {
    const place = random.pick(DOMESTIC_PLACES)
    rows.push([
      p.name,
      idCell(random, p.id),
      phoneCell(random, p.phone),
      p.village.name,
      `${place.province}${place.city}${place.county}`,
      dateCell(random, p.arrival),
      random.pick(['外来人员', '外来', '返乡']),
      random.pick(['无', '0', '正常']),
      `${random.int(1, 99)}号`,
    ])
  }
  return utils.aoa_to_sheet(rows)
}

/**
 * An .xlsx as villages send it, `options.rows` data rows over two sheets, with every mess of the real ones:
 * title rows, a two-row merged header, IDs damaged by Excel or in lower case, full-width digits, phones with
 * +86 and spaces, dates as serials, `2021.1.8` and `1月8日`, yes/no as √/× and 1/0, temperatures as text,
 * blank and subtotal rows, a village not in the township, people listed twice. Deterministic.
 */
export function messyPeopleWorkbook(options: MessySheetOptions): Uint8Array {
  const random = createRandom('bench/people-import')
  const people = Array.from({ length: options.rows }, () => personOf(random, options))
  const split = Math.round(options.rows * 0.75)
  const workbook = utils.book_new()
  utils.book_append_sheet(workbook, returneeSheet(random, people.slice(0, split), options.year), '返乡人员')
  utils.book_append_sheet(workbook, incomingSheet(random, people.slice(split), options.year), '外来人员')
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}
