// A large XML part (the 150k-row people ledger's sheet is ~100 MB) written straight as UTF-8 bytes. Built as
// strings, the sheet cost its concatenation, a garbage collection of every piece and a second pass to encode
// (about 2 s of the pack's critical path); here each cell's markup is copied from bytes made once, and its text
// is escaped and encoded in one pass.

/**
 * The first buffer's size; each next one is twice the last, up to {@link MAX_GROWTH_BYTES}, so a 100 MB sheet
 * takes eight buffers unless it reserves its size (each new buffer is memory outside the heap, and many small
 * ones made the garbage collector run again and again).
 */
const FIRST_BUFFER_BYTES = 1 << 20

/** The most a buffer grows by at once: past a reserved 100 MB, doubling would make 200 MB for a few rows more. */
const MAX_GROWTH_BYTES = 1 << 26

/** The UTF-8 of markup (ASCII or not, written as it is: no escaping). */
export function utf8(markup: string): Uint8Array {
  return new TextEncoder().encode(markup)
}

/** Whether a UTF-16 code unit is one that XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE; U+FFFF). */
export function forbiddenInXml(code: number): boolean {
  return code < 0x20 ? code !== 9 && code !== 10 && code !== 13 : code === 0xfffe || code === 0xffff
}

/** Whether a character code is one JavaScript's `\s` matches (the test `xml:space` needs, without a regex). */
export function isSpace(code: number): boolean {
  if (code < 0xa0) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Whether a text, once the characters XML forbids are dropped, starts or ends with white space: such a text
 * needs `xml:space="preserve"` for a reader to keep it.
 */
export function edgesAreSpace(text: string): boolean {
  let first = 0
  while (first < text.length && forbiddenInXml(text.charCodeAt(first))) first++
  if (first === text.length) return false
  let last = text.length - 1
  while (forbiddenInXml(text.charCodeAt(last))) last--
  return isSpace(text.charCodeAt(first)) || isSpace(text.charCodeAt(last))
}

/**
 * An XML document written piece by piece as UTF-8: markup copied from bytes made once ({@link utf8}), numbers
 * as digits, and text escaped (`&`, `<`, `>`) with the characters XML forbids dropped, exactly as
 * `TextEncoder` would encode the escaped string (a lone surrogate becomes U+FFFD). {@link finish} returns the
 * whole document.
 */
export class XmlBytes {
  private done: Uint8Array[] = []
  private doneBytes = 0
  private buffer = new Uint8Array(FIRST_BUFFER_BYTES)
  private at = 0

  /** Makes sure `bytes` more fit in the current buffer. */
  private room(bytes: number): void {
    if (this.buffer.length - this.at >= bytes) return
    this.done.push(this.buffer.subarray(0, this.at))
    this.doneBytes += this.at
    this.buffer = new Uint8Array(Math.max(Math.min(this.buffer.length * 2, MAX_GROWTH_BYTES), bytes))
    this.at = 0
  }

  /** Bytes written so far. */
  get length(): number {
    return this.doneBytes + this.at
  }

  /**
   * Makes room for about `bytes` more at once, when the writer can tell how much is coming (a sheet, from its
   * first rows): the document then ends in one buffer, returned without a copy, and no memory is made twice.
   */
  reserve(bytes: number): void {
    if (this.buffer.length - this.at >= bytes) return
    const buffer = new Uint8Array(this.at + bytes)
    buffer.set(this.buffer.subarray(0, this.at))
    this.buffer = buffer
  }

  /** Markup already encoded. */
  bytes(markup: Uint8Array): void {
    this.room(markup.length)
    const buffer = this.buffer
    let at = this.at
    // A loop beats `set` for the few bytes of a cell's markup.
    for (let i = 0; i < markup.length; i++) buffer[at++] = markup[i]
    this.at = at
  }

  /** A number as JavaScript writes it (`String(n)`: all ASCII). */
  number(n: number): void {
    // Integers up to 2^53 digit by digit; beyond, and fractions, as `String` writes them (shortest round trip).
    if (Number.isSafeInteger(n) && n >= 0) {
      this.room(16)
      const buffer = this.buffer
      if (n === 0) {
        buffer[this.at++] = 48
        return
      }
      let digits = 0
      for (let rest = n; rest >= 1; rest = Math.floor(rest / 10)) digits++
      let end = this.at + digits
      this.at = end
      for (let rest = n; rest >= 1; rest = Math.floor(rest / 10)) buffer[--end] = 48 + (rest % 10)
      return
    }
    const text = String(n)
    this.room(text.length)
    for (let i = 0; i < text.length; i++) this.buffer[this.at++] = text.charCodeAt(i)
  }

  /** Character data: escaped, forbidden characters dropped, UTF-8. */
  text(text: string): void {
    // At most 5 bytes per code unit (`&amp;`); a pair of surrogates is 4 bytes for 2.
    this.room(text.length * 5)
    const buffer = this.buffer
    let at = this.at
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code < 0x80) {
        if (code === 38) {
          buffer[at++] = 38 // &amp;
          buffer[at++] = 97
          buffer[at++] = 109
          buffer[at++] = 112
          buffer[at++] = 59
        } else if (code === 60 || code === 62) {
          buffer[at++] = 38 // &lt; &gt;
          buffer[at++] = code === 60 ? 108 : 103
          buffer[at++] = 116
          buffer[at++] = 59
        } else if (!forbiddenInXml(code)) buffer[at++] = code
      } else if (code < 0x800) {
        buffer[at++] = 0xc0 | (code >> 6)
        buffer[at++] = 0x80 | (code & 0x3f)
      } else if (code >= 0xd800 && code <= 0xdfff) {
        const next = text.charCodeAt(i + 1)
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00)
          buffer[at++] = 0xf0 | (point >> 18)
          buffer[at++] = 0x80 | ((point >> 12) & 0x3f)
          buffer[at++] = 0x80 | ((point >> 6) & 0x3f)
          buffer[at++] = 0x80 | (point & 0x3f)
          i++
        } else {
          buffer[at++] = 0xef // a lone surrogate: U+FFFD, as TextEncoder writes it
          buffer[at++] = 0xbf
          buffer[at++] = 0xbd
        }
      } else if (!forbiddenInXml(code)) {
        buffer[at++] = 0xe0 | (code >> 12)
        buffer[at++] = 0x80 | ((code >> 6) & 0x3f)
        buffer[at++] = 0x80 | (code & 0x3f)
      }
    }
    this.at = at
  }

  /** The whole document, in one array. */
  finish(): Uint8Array<ArrayBuffer> {
    if (!this.done.length) return this.buffer.subarray(0, this.at)
    const out = new Uint8Array(this.doneBytes + this.at)
    let at = 0
    for (const part of this.done) {
      out.set(part, at)
      at += part.length
    }
    out.set(this.buffer.subarray(0, this.at), at)
    this.done = []
    return out
  }
}
