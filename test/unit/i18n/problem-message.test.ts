import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError } from '@/domain/common/result'
import { i18n } from '@/i18n'
import { errorMessages, problemMessage } from '@/i18n/problem-message'

const { t, te } = i18n.global
const translate = (key: string, params?: Record<string, unknown>) => t(key, params ?? {})

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('problemMessage', () => {
  it('puts the field’s name in front of a message that needs it', () => {
    const message = problemMessage(translate, te, { field: 'name', code: 'required' })
    expect(message).toBe(`名称：${t('problems.required')}`)
    expect(message.startsWith('名称：')).toBe(true)
  })

  it('names a nested field by its first part', () => {
    expect(
      problemMessage(translate, te, { field: 'grids.1.name', code: 'gridDuplicate', params: { value: '一组' } }),
    ).toBe(`网格：${t('problems.gridDuplicate', { value: '一组' })}`)
    expect(
      problemMessage(translate, te, { field: 'secretary.phone', code: 'phone', params: { value: '12345' } }),
    ).toMatch(/^书记：.*“12345”/)
  })

  it('leaves whole sentences alone, with their values filled in', () => {
    expect(problemMessage(translate, te, { field: 'password', code: 'wrongCredentials' })).toBe('用户名或密码不正确')
    const taken = problemMessage(translate, te, {
      field: 'code',
      code: 'code.taken',
      params: { value: '511826100201', name: '新华村' },
    })
    expect(taken).toBe('代码“511826100201”已被“新华村”使用')
  })

  it('has no prefix for a field without a name, and falls back to the code for an unknown problem', () => {
    expect(problemMessage(translate, te, { field: 'mystery', code: 'required' })).toBe(t('problems.required'))
    expect(problemMessage(translate, te, { field: 'name', code: 'noSuchProblem' })).toBe('noSuchProblem')
  })

  it('reads a refused sheet and an empty import as sentences, not codes', () => {
    expect(problemMessage(translate, te, { field: 'file', code: 'fatal.noCodeColumn' })).toContain('没有代码列')
    expect(problemMessage(translate, te, { field: 'file', code: 'nothingToImport' })).toBe('没有可导入的行。')
    expect(problemMessage(translate, te, { field: 'file', code: 'file.empty', params: { name: 'a.csv' } })).toBe(
      '文件“a.csv”是空的，里面没有任何内容。',
    )
  })

  it('speaks the chosen language', () => {
    i18n.global.locale.value = 'en-US'
    expect(problemMessage(translate, te, { field: 'password', code: 'wrongCredentials' })).toBe(
      'Wrong user name or password',
    )
    expect(problemMessage(translate, te, { field: 'name', code: 'required' })).toMatch(/^Name/)
  })
})

describe('errorMessages', () => {
  it('gives one message per problem of a validation error', () => {
    const error = new ValidationError([
      { field: 'name', code: 'required' },
      { field: 'setup', code: 'alreadySetUp' },
    ])
    expect(errorMessages(translate, te, error)).toEqual([
      `名称：${t('problems.required')}`,
      '本机已经完成设置，不能重复初始化',
    ])
  })

  it('wraps any other error’s text in the general failure message', () => {
    expect(errorMessages(translate, te, new Error('QuotaExceededError'))).toEqual(['操作失败：QuotaExceededError'])
    expect(errorMessages(translate, te, 'disk full')).toEqual(['操作失败：disk full'])
  })
})
