/** True when the bytes start with the given signature. */
export function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte)
}

function decodeStrict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    // fatal: a byte sequence that is not valid in this encoding throws instead of becoming U+FFFD.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** Control characters other than tab and line breaks, or a replacement character, mean binary, not text. */
function looksBinary(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd) return true
  }
  return false
}

/**
 * Decodes the bytes of a CSV or text file: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's
 * "Unicode text"), else GB18030, a superset of the GBK that Excel on Chinese Windows writes. Returns undefined
 * when the bytes are not text in any of these.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  let text: string | undefined
  if (startsWith(bytes, [0xff, 0xfe])) text = decodeStrict('utf-16le', bytes)
  else if (startsWith(bytes, [0xfe, 0xff])) text = decodeStrict('utf-16be', bytes)
  else text = decodeStrict('utf-8', bytes) ?? decodeStrict('gb18030', bytes)
  if (text === undefined || looksBinary(text)) return undefined
  // TextDecoder drops a BOM it recognises; this catches one left after another encoding's decoding.
  return text.replace(/^\ufeff/, '')
}

const DELIMITERS = [',', '\t', ';']

/** The delimiter used most often outside quotes in the first lines; a comma when none is used. */
function guessDelimiter(text: string): string {
  const sample = text
    .split(/\r\n|\n|\r/)
    .slice(0, 10)
    .join('\n')
    .replace(/"[^"]*"/g, '')
  let best = ','
  let bestCount = 0
  for (const delimiter of DELIMITERS) {
    const count = sample.split(delimiter).length - 1
    if (count > bestCount) [best, bestCount] = [delimiter, count]
  }
  return best
}

/**
 * Splits CSV (or tab-separated) text into rows of string cells, RFC 4180 style: quoted cells may hold
 * delimiters, doubled quotes and line breaks. Every cell stays text, so `511826100201` keeps all its digits.
 */
export function parseDelimitedText(text: string): string[][] {
  const delimiter = guessDelimiter(text)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char !== '"') cell += char
      else if (text[index + 1] === '"') {
        cell += '"'
        index++
      } else quoted = false
    } else if (char === '"' && cell === '') quoted = true
    else if (char === delimiter) {
      row.push(cell)
      cell = ''
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += char
  }
  // The last line usually ends with a line break; only a line without one is still pending here.
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}
