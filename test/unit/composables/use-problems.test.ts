import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { useProblems } from '@/composables/use-problems'
import { ValidationError } from '@/domain/common/result'
import { i18n } from '@/i18n'

function mountProblems() {
  let api!: ReturnType<typeof useProblems>
  const Probe = defineComponent({
    setup() {
      api = useProblems()
      return () => h('div', [h('p', { class: 'name' }, api.of('name')), ...api.general.value.map((m) => h('li', m))])
    },
  })
  const wrapper = mount(Probe, { global: { plugins: [i18n] } })
  return { wrapper, api }
}

const { t } = i18n.global

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('useProblems', () => {
  it('shows each problem under its field and tells whether there were none', async () => {
    const { wrapper, api } = mountProblems()
    expect(api.show([])).toBe(true)
    expect(api.show([{ field: 'name', code: 'required' }])).toBe(false)
    expect(api.byField.value).toEqual({ name: `名称：${t('problems.required')}` })
    await nextTick()
    expect(wrapper.find('.name').text()).toBe(`名称：${t('problems.required')}`)
  })

  it('keeps the first problem of a field', () => {
    const { api } = mountProblems()
    api.show([
      { field: 'code', code: 'code.wrong-length', params: { value: '5118' } },
      { field: 'code', code: 'code.notTownship', params: { value: '5118' } },
    ])
    expect(api.of('code')).toContain('不是 12 位')
  })

  it('finds a nested field’s message under its parent, and nothing for a clean field', () => {
    const { api } = mountProblems()
    api.show([{ field: 'grids.1.name', code: 'gridDuplicate', params: { value: '一组' } }])
    expect(api.of('grids.1.name')).toContain('“一组”')
    expect(api.of('grids')).toBe(api.of('grids.1.name'))
    expect(api.of('grid')).toBe('')
    expect(api.of('name')).toBe('')
  })

  it('fails a validation error: field problems under their fields, the others at the top', async () => {
    const { wrapper, api } = mountProblems()
    api.fail(
      new ValidationError([
        { field: 'reportWindow.deadline', code: 'time', params: { value: '25:00' } },
        { field: 'admin', code: 'passwordTooShort' },
        { field: 'setup', code: 'alreadySetUp' },
      ]),
    )
    expect(api.of('reportWindow')).toContain('25:00')
    expect(api.general.value).toEqual(['密码 / PIN 至少 4 位', '本机已经完成设置，不能重复初始化'])
    await nextTick()
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(api.general.value)
  })

  it('fails any other error as one general message and clears the fields', () => {
    const { api } = mountProblems()
    api.show([{ field: 'name', code: 'required' }])
    api.fail(new Error('QuotaExceededError'))
    expect(api.byField.value).toEqual({})
    expect(api.general.value).toEqual(['操作失败：QuotaExceededError'])
  })

  it('a new show replaces the previous messages, and clear empties everything', () => {
    const { api } = mountProblems()
    api.fail(new ValidationError([{ field: 'file', code: 'nothingToImport' }]))
    expect(api.general.value).toEqual(['没有可导入的行。'])
    api.show([{ field: 'code', code: 'code.empty' }])
    expect(api.general.value).toEqual([])
    expect(Object.keys(api.byField.value)).toEqual(['code'])
    api.clear()
    expect(api.byField.value).toEqual({})
    expect(api.general.value).toEqual([])
  })
})
