import { describe, expect, it } from 'vitest'
import {
  FAST_DEFLATE_LEVEL,
  fastDeflateLevel,
  openZipWriter,
  readEntry,
  readZipEntries,
  type DeflateSpeed,
} from '@/services/packs/zip-files'
import type { FileEntry } from '@zip.js/zip.js'

/** NDJSON much like a pack's people: repetitive keys, varied values. */
function sampleNdjson(lines: number): Uint8Array {
  let text = ''
  for (let i = 0; i < lines; i++)
    text +=
      JSON.stringify({
        id: `per_${String(i).padStart(6, '0')}`,
        name: `测试${(i * 7919) % 1000}`,
        documentNumber: `110101********${String((i * 31) % 10000).padStart(4, '0')}`,
        arrivalDate: `2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
        updatedAt: 1790000000000 + i * 60_013,
      }) + '\n'
  return new TextEncoder().encode(text)
}

async function zipOf(bytes: Uint8Array, speed: DeflateSpeed, password?: string): Promise<Uint8Array> {
  const zip = openZipWriter(password, speed)
  await zip.add({ path: 'data/persons.ndjson', bytes })
  return zip.close()
}

describe('fastDeflateLevel', () => {
  it('asks for level 3 where WebAssembly compiles', async () => {
    expect(await fastDeflateLevel((bytes) => WebAssembly.compile(bytes))).toBe(FAST_DEFLATE_LEVEL)
    expect(FAST_DEFLATE_LEVEL).toBe(3)
  })

  it('falls back to the native deflate where a Content-Security-Policy refuses WebAssembly, or there is none', async () => {
    const refused = () => Promise.reject(new WebAssembly.CompileError("Refused to compile: 'wasm-unsafe-eval'"))
    expect(await fastDeflateLevel(refused)).toBeUndefined()
    expect(await fastDeflateLevel(undefined)).toBeUndefined()
  })
})

describe('openZipWriter speeds', () => {
  const bytes = sampleNdjson(20_000)

  it.each([undefined, 'pack-2022'])('reads back what either speed wrote (password %s)', async (password) => {
    for (const speed of ['standard', 'fast'] as const) {
      const [entry] = await readZipEntries(await zipOf(bytes, speed, password))
      expect(entry.filename).toBe('data/persons.ndjson')
      const read = await readEntry(entry as FileEntry, password)
      // Compared as text: a deep equality of two 2 MB byte arrays takes the test runner seconds.
      expect(typeof read === 'string' ? read : new TextDecoder().decode(read)).toBe(new TextDecoder().decode(bytes))
    }
  })

  it('zips exactly the bytes of a view inside a larger buffer, deflated or stored', async () => {
    const whole = new Uint8Array(bytes.length + 100).fill(0x58)
    whole.set(bytes, 50)
    const view = whole.subarray(50, 50 + bytes.length)
    for (const stored of [false, true]) {
      const zip = openZipWriter('pack-2022', 'fast')
      await zip.add({ path: 'data/persons.ndjson', bytes: view, stored })
      const [entry] = await readZipEntries(await zip.close())
      const read = await readEntry(entry as FileEntry, 'pack-2022')
      expect(typeof read === 'string' ? read : new TextDecoder().decode(read)).toBe(new TextDecoder().decode(bytes))
    }
  })

  it('deflates `fast` at a lower level than the standard: a bigger file', async () => {
    const standard = await zipOf(bytes, 'standard')
    const fast = await zipOf(bytes, 'fast')
    expect(fast.length).toBeGreaterThan(standard.length)
    expect(fast.length).toBeLessThan(bytes.length / 4)
  })
})
