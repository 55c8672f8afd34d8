/** A problem found in user input, with a message key for the screen and values to fill it. */
export interface Problem {
  /** Which field or row the problem is about. */
  field: string
  /** i18n key under `problems.` */
  code: string
  /** Values for the message, e.g. the offending text. */
  params?: Record<string, string | number>
}

/** Raised when input is refused; carries every problem found, and nothing was written. */
export class ValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.field}: ${p.code}`).join('; '))
    this.name = 'ValidationError'
  }
}
