import { describe, expect, it } from 'vitest'
import { createGetAppInfoHandler } from '../../../../../electron/main/ipc/get-app-info'

const deps = {
  version: '0.1.0',
  electronVersion: '45.5.0',
  platform: 'win32',
  userDataPath: 'C:\\Users\\duty\\AppData',
}

describe('createGetAppInfoHandler', () => {
  it('answers exactly the injected facts', () => {
    expect(createGetAppInfoHandler(deps)()).toStrictEqual(deps)
  })

  it('returns a fresh copy each call, unaffected by later changes to the input or output', () => {
    const input = { ...deps }
    const handle = createGetAppInfoHandler(input)
    input.version = '9.9.9'
    const first = handle()
    first.platform = 'linux'
    expect(handle()).toStrictEqual(deps)
  })
})
