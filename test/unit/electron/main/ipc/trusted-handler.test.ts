import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import {
  createSenderCheck,
  createTrustedHandler,
  type InvokeEvent,
} from '../../../../../electron/main/ipc/trusted-handler'

const ourWebContents = { id: 1 }
const otherWebContents = { id: 2 }

function eventFrom(url: string, options: { sender?: unknown; parent?: unknown } = {}): InvokeEvent {
  return { sender: options.sender ?? ourWebContents, senderFrame: { url, parent: options.parent ?? null } }
}

describe('createSenderCheck', () => {
  const check = createSenderCheck({ getWebContents: () => ourWebContents })

  it("trusts our window's main frame at the app origin", () => {
    expect(check(eventFrom('app://command-post/index.html#/board'))).toBe(true)
  })

  it('refuses another origin, another window, a subframe and a vanished frame', () => {
    expect(check(eventFrom('https://example.com/'))).toBe(false)
    expect(check(eventFrom('file:///app/dist/index.html'))).toBe(false)
    expect(check(eventFrom('http://localhost:5173/'))).toBe(false)
    expect(check(eventFrom('app://command-post/index.html', { sender: otherWebContents }))).toBe(false)
    expect(check(eventFrom('app://command-post/index.html', { parent: { url: 'app://command-post/' } }))).toBe(false)
    expect(check({ sender: ourWebContents, senderFrame: null })).toBe(false)
  })

  it('refuses everything while there is no window', () => {
    const noWindow = createSenderCheck({ getWebContents: () => undefined })
    expect(noWindow({ sender: undefined, senderFrame: { url: 'app://command-post/', parent: null } })).toBe(false)
  })

  it('trusts the dev server origin only in development', () => {
    const dev = createSenderCheck({ getWebContents: () => ourWebContents, devServerUrl: 'http://localhost:5173/' })
    expect(dev(eventFrom('http://localhost:5173/#/'))).toBe(true)
    expect(dev(eventFrom('http://localhost:5174/'))).toBe(false)
  })
})

describe('createTrustedHandler', () => {
  const trusted = () => true
  const untrusted = () => false

  it('refuses an untrusted sender without calling the handler', async () => {
    const handle = vi.fn()
    const handler = createTrustedHandler({
      name: 'getAppInfo',
      isTrustedSender: untrusted,
      schema: z.tuple([]),
      handle,
    })
    await expect(handler(eventFrom('https://example.com/'))).rejects.toThrow(
      "getAppInfo: refused, the sender is not the app's main window",
    )
    expect(handle).not.toHaveBeenCalled()
  })

  it('refuses bad arguments with the zod message', async () => {
    const handle = vi.fn()
    const handler = createTrustedHandler({
      name: 'writePack',
      isTrustedSender: trusted,
      schema: z.tuple([z.string().min(1), z.number().int()]),
      handle,
    })
    await expect(handler(eventFrom('app://command-post/'), '', 1.5)).rejects.toThrow(
      'writePack: invalid arguments\n' +
        '✖ Too small: expected string to have >=1 characters\n  → at [0]\n' +
        '✖ Invalid input: expected int, received number\n  → at [1]',
    )
    await expect(handler(eventFrom('app://command-post/'), 'a')).rejects.toThrow('invalid arguments')
    expect(handle).not.toHaveBeenCalled()
  })

  it('refuses extra arguments', async () => {
    const handler = createTrustedHandler({
      name: 'getAppInfo',
      isTrustedSender: trusted,
      schema: z.tuple([]),
      handle: () => 1,
    })
    await expect(handler(eventFrom('app://command-post/'), 'extra')).rejects.toThrow('invalid arguments')
  })

  it('passes a good call the parsed arguments and returns its result', async () => {
    const event = eventFrom('app://command-post/')
    const handle = vi.fn((args: [string, number]) => `${args[0]}:${args[1]}`)
    const handler = createTrustedHandler({
      name: 'writePack',
      isTrustedSender: trusted,
      schema: z.tuple([z.string(), z.coerce.number()]),
      handle,
    })
    await expect(handler(event, 'E:', '3')).resolves.toBe('E::3')
    expect(handle).toHaveBeenCalledWith(['E:', 3], event)
  })
})
