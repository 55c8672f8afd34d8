import { z } from 'zod'
import { isAppUrl } from '../protocol'

/** The part of Electron's `WebFrameMain` the sender check reads. */
export interface SenderFrame {
  /** The frame's current URL. */
  readonly url: string
  /** The parent frame; `null` for a top-level (main) frame. */
  readonly parent: unknown
}

/** The part of Electron's `IpcMainInvokeEvent` the wrapper reads. */
export interface InvokeEvent {
  /** The `WebContents` that sent the message. */
  readonly sender: unknown
  /** The frame that sent the message; `null` when it has already navigated away or been destroyed. */
  readonly senderFrame: SenderFrame | null
}

/** Decides whether an IPC message comes from our own window's main frame at the app origin. */
export type SenderCheck = (event: InvokeEvent) => boolean

/** What {@link createSenderCheck} needs. */
export interface SenderCheckDeps {
  /** The main window's `webContents`, or `undefined` while there is no window. */
  getWebContents: () => unknown
  /** The Vite dev server URL in development, whose origin is then trusted too. */
  devServerUrl?: string
}

/**
 * The sender check every handler uses: the message must come from our window's `webContents`, from its
 * top-level frame (not an iframe), and that frame must be at the app origin (or the dev server's).
 */
export function createSenderCheck(deps: SenderCheckDeps): SenderCheck {
  return (event) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    const webContents = deps.getWebContents()
    if (webContents === undefined || event.sender !== webContents) return false
    return isAppUrl(frame.url, deps.devServerUrl)
  }
}

/** One IPC handler's parts: who may call it, what arguments it takes, what it does. */
export interface TrustedHandlerOptions<Schema extends z.ZodType<unknown[]>, Result> {
  /** The method name, used in error messages. */
  name: string
  /** The sender check, usually from {@link createSenderCheck}. */
  isTrustedSender: SenderCheck
  /** A zod tuple schema for the arguments after the event, e.g. `z.tuple([z.string()])`. */
  schema: Schema
  /** The handler proper; receives the parsed arguments. */
  handle: (args: z.output<Schema>, event: InvokeEvent) => Result | Promise<Result>
}

/**
 * Wraps a handler for `ipcMain.handle`: refuses untrusted senders, parses the arguments with zod, then
 * calls the handler. Every IPC handler goes through this, so no handler can forget either check.
 */
export function createTrustedHandler<Schema extends z.ZodType<unknown[]>, Result>(
  options: TrustedHandlerOptions<Schema, Result>,
): (event: InvokeEvent, ...args: unknown[]) => Promise<Result> {
  return async (event, ...args) => {
    if (!options.isTrustedSender(event)) {
      throw new Error(`${options.name}: refused, the sender is not the app's main window`)
    }
    const parsed = options.schema.safeParse(args)
    if (!parsed.success) {
      throw new Error(`${options.name}: invalid arguments\n${z.prettifyError(parsed.error)}`)
    }
    return options.handle(parsed.data, event)
  }
}
