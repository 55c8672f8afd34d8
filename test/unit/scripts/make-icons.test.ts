import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { encodeIco, encodePng } from '../../../scripts/make-icons.mjs'

/** Splits a PNG into its chunks, checking the signature and every CRC. */
function readPng(png: Buffer) {
  expect(png.subarray(0, 8)).toStrictEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  const chunks: { type: string; data: Buffer }[] = []
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('ascii', offset + 4, offset + 8)
    chunks.push({ type, data: png.subarray(offset + 8, offset + 8 + length) })
    offset += 12 + length
  }
  return chunks
}

describe('make-icons', () => {
  it('writes a valid 512×512 RGBA PNG whose corners are transparent and centre is opaque', () => {
    const chunks = readPng(encodePng(512))
    expect(chunks.map((chunk) => chunk.type)).toStrictEqual(['IHDR', 'IDAT', 'IEND'])
    const header = chunks[0]!.data
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toStrictEqual([512, 512, 8, 6])
    const pixels = inflateSync(chunks[1]!.data)
    expect(pixels.length).toBe(512 * (512 * 4 + 1))
    const alpha = (x: number, y: number) => pixels[y * (512 * 4 + 1) + 1 + x * 4 + 3]
    expect(alpha(0, 0)).toBe(0)
    expect(alpha(256, 256)).toBe(255)
  })

  it('writes an ICO whose first image is a 256×256 PNG', () => {
    const ico = encodeIco([256, 32])
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toStrictEqual([0, 1, 2])
    expect([ico[6], ico[7]]).toStrictEqual([0, 0]) // 0 means 256
    const size = ico.readUInt32LE(6 + 8)
    const offset = ico.readUInt32LE(6 + 12)
    const header = readPng(ico.subarray(offset, offset + size))[0]!.data
    expect(header.readUInt32BE(0)).toBe(256)
  })

  it('matches the committed public/icon.png and public/icon.ico (rerun scripts/make-icons.mjs after changes)', () => {
    // Pixels, not bytes: another zlib build may compress the same pixels differently.
    const pixelsOf = (png: Buffer) => inflateSync(readPng(png)[1]!.data)
    expect(pixelsOf(readFileSync('public/icon.png')).equals(pixelsOf(encodePng(512)))).toBe(true)
    const ico = readFileSync('public/icon.ico')
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => ico[6 + 16 * index] || 256)
    expect(sizes).toStrictEqual([256, 48, 32, 16])
    const offset = ico.readUInt32LE(6 + 12)
    const first = ico.subarray(offset, offset + ico.readUInt32LE(6 + 8))
    expect(pixelsOf(first).equals(pixelsOf(encodePng(256)))).toBe(true)
  })
})
