import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SYSTEM_ACTOR } from '@/domain/accounts/user'
import { appDatabase } from '@/db/instance'
import { saveTownship } from '@/db/repositories/township-repository'
import { createUser } from '@/db/repositories/user-repository'
import { i18n } from '@/i18n'
import { hashPassword } from '@/services/accounts/password-hash'
import { useSessionStore } from '@/stores/session'
import { useVillagesStore } from '@/stores/villages'
import LineListDialog from '@/views/people/LineListDialog.vue'
import { badCheck, residentId } from '../../../fixtures/people'

let pinia: Pinia
let wrapper: VueWrapper | undefined

function village(code: string, name: string) {
  const contact = { name: '', phone: '' }
  return {
    code,
    name,
    urbanRuralClass: '220',
    population: 800,
    households: 260,
    secretary: contact,
    doctor: contact,
    grids: [],
  }
}

beforeEach(async () => {
  pinia = createPinia()
  setActivePinia(pinia)
  const db = await appDatabase()
  await Promise.all(db.tables.map((table) => table.clear()))
  const township = { name: '芦阳镇', code: '511826100000', countyName: '芦山县', idleLockMinutes: 15 }
  const reportWindow = { startTime: '11:00', endTime: '11:00', deadline: '11:30' }
  await saveTownship(db, { ...township, reportWindow }, SYSTEM_ACTOR)
  await createUser(db, { name: '陈文书', role: 'clerk', password: await hashPassword('2468', 1000) }, SYSTEM_ACTOR)
  await useSessionStore().signIn('陈文书', '2468')
  await useVillagesStore().save(undefined, village('511826100201', '青龙村'))
  await useVillagesStore().save(undefined, village('511826100202', '新华村'))
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

async function open() {
  wrapper = mount(LineListDialog, { global: { plugins: [i18n, pinia, ElementPlus] }, attachTo: document.body })
  await vi.waitFor(() => expect(useVillagesStore().active).toHaveLength(2))
  await flushPromises()
}

const editor = () => document.querySelector<HTMLInputElement>('[data-testid="line-list-editor"]')!
const at = () => [Number(editor().dataset.row), Number(editor().dataset.col)]
const counts = () => document.querySelector('[data-testid="line-list-counts"]')!.textContent
const status = (row: number) => document.querySelector(`[data-testid="line-status-${row}"]`)?.textContent?.trim()

function paste(target: HTMLElement, text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true })
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } })
  target.dispatchEvent(event)
}

function key(target: HTMLElement, name: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }))
}

const GOOD = residentId('19900307', '123')
const OTHER = residentId('19851120', '246')

describe('LineListDialog', () => {
  it('pastes a block from Excel with its header row, checks each row, and saves the good ones through the store', async () => {
    await open()
    expect(counts()).toContain('共 20 行')
    const rows = [
      ['序号', '姓名', '身份证号', '联系电话', '所属村', '从何地来', '返乡日期', '交通方式'],
      ['1', '张伟华', GOOD, '13812345678', 'qlc', '湖北省武汉市', '2021.1.8', '火车'],
      ['2', '李秀英', badCheck(OTHER), '13912345678', '新华', '成都', '1月9日', '自驾'],
      ['3', '', OTHER, '13712345678', '青龙村', '重庆', '2021-01-09', ''],
      ['4', '王芳', OTHER, '13612345678', '白云村', '西安', '2021-01-09', ''],
      ...Array.from({ length: 20 }, (_, i) => [
        String(5 + i),
        `赵${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'一二'[i % 2]}`,
        residentId('19700101', String(100 + i)),
        '',
        '青龙村',
        '',
        '2021-01-10',
        '',
      ]),
    ]
    paste(editor(), rows.map((r) => r.join('\t')).join('\r\n') + '\r\n')
    await flushPromises()

    expect(counts()).toContain('共 24 行')
    expect(status(0)).toBe('待保存')
    expect(status(1)).toBe('警告')
    expect(status(2)).toBe('有错误')
    expect(status(3)).toBe('有错误')
    const nameless = document.querySelector('[data-row="2"][data-col="0"]')!
    expect(nameless.classList.contains('error')).toBe(true)
    expect(nameless.getAttribute('title')).toBe('请填写姓名。')
    const badNumber = document.querySelector('[data-row="1"][data-col="2"]')!
    expect(badNumber.classList.contains('warning')).toBe(true)
    expect(badNumber.getAttribute('title')).toContain('校验位不对')
    expect(document.querySelector('[data-row="0"][data-col="6"]')!.textContent).toContain('青龙村')

    await wrapper!.find('[data-testid="line-list-save"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('[data-testid="line-list-summary"]')).not.toBeNull(), {
      timeout: 10_000,
    })
    expect(status(0)).toBe('已保存（新登记）')
    expect(status(1)).toBe('已保存（新登记）')
    expect(status(2)).toBe('有错误')
    expect(document.querySelector('[data-testid="line-list-summary"]')!.textContent).toContain('已保存 22 行')

    const db = await appDatabase()
    const people = await db.persons.toArray()
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['张伟华', '李秀英']))
    expect(people).toHaveLength(22)
    const zhang = people.find((p) => p.name === '张伟华')!
    expect(zhang).toMatchObject({ documentNumber: GOOD, sex: 'male', birthDate: '1990-03-07', phones: ['13812345678'] })
    expect(zhang.villageId).toBe(useVillagesStore().active.find((v) => v.name === '青龙村')!.id)
    expect(people.find((p) => p.name === '李秀英')!.documentCheck).toBe('needs-checking')
    const episode = (await db.episodes.where('personId').equals(zhang.id).toArray())[0]
    expect(episode).toMatchObject({ arrivalDate: '2021-01-08', transport: 'train', source: 'line-list' })
    expect(episode.origin).toMatchObject({ province: '湖北省', city: '武汉市' })
  }, 20_000)

  it('edits a cell by typing, moves with Tab and Enter, and keeps a saved row read-only', async () => {
    await open()
    const input = editor()
    input.value = '张'
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await flushPromises()
    expect(input.classList.contains('editing')).toBe(true)
    input.value = '张伟华'
    input.dispatchEvent(new Event('input', { bubbles: true }))
    key(input, 'Tab')
    await flushPromises()
    expect(input.classList.contains('editing')).toBe(false)
    expect(document.querySelector('[data-row="0"][data-col="0"]')!.textContent).toBe('张伟华')
    expect(at()).toEqual([0, 1])
    key(input, 'Tab')
    paste(input, GOOD)
    await flushPromises()
    expect(document.querySelector('[data-row="0"][data-col="2"]')!.textContent).toContain(GOOD)
    await vi.waitFor(() => expect(status(0)).toBe('警告'))
    expect(document.querySelector('[data-row="0"][data-col="3"]')!.textContent).toBe('男')
    expect(document.querySelector('[data-row="0"][data-col="4"]')!.textContent).toBe('1990-03-07')

    key(input, 'Enter')
    await flushPromises()
    expect(at()).toEqual([1, 2])
    key(input, 'ArrowUp')
    await flushPromises()
    expect(at()).toEqual([0, 2])

    await wrapper!.find('[data-testid="line-list-save"]').trigger('click')
    await vi.waitFor(() => expect(status(0)).toBe('已保存（新登记）'), { timeout: 10_000 })
    expect(input.readOnly).toBe(true)
    key(input, 'Delete')
    paste(input, '李四\t\t' + OTHER)
    await flushPromises()
    expect(document.querySelector('[data-row="0"][data-col="2"]')!.textContent).toBe(GOOD)
    expect(document.querySelector('[data-row="1"][data-col="2"]')!.textContent).toBe('李四')
    expect(await (await appDatabase()).persons.count()).toBe(1)

    await wrapper!.find('[data-testid="line-list-add"]').trigger('click')
    expect(counts()).toContain('共 30 行')
  }, 20_000)
})
