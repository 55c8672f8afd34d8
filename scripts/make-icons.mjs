// Draws the app icon (a red rounded square with a white shield holding a red cross) and writes
// public/icon.png (512×512, also the favicon) and public/icon.ico (256, 48, 32, 16, each a PNG).
// Only node:zlib: the PNG and ICO containers are small enough to write by hand.
// Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { crc32, deflateSync } from 'node:zlib'

const RED = [198, 40, 40]
const WHITE = [255, 255, 255]
// Each pixel is sampled SUPERSAMPLE² times so the curves come out smooth.
const SUPERSAMPLE = 4

/** Which colour, if any, covers the point (x, y) in unit coordinates (0..1, y down). */
function colourAt(x, y) {
  const margin = 0.03
  const radius = 0.2
  const cornerX = Math.max(margin + radius - x, 0, x - (1 - margin - radius))
  const cornerY = Math.max(margin + radius - y, 0, y - (1 - margin - radius))
  if (x < margin || x > 1 - margin || y < margin || y > 1 - margin) return undefined
  if (cornerX * cornerX + cornerY * cornerY > radius * radius) return undefined
  if (!insideShield(x, y)) return RED
  return insideCross(x, y) ? RED : WHITE
}

/** A shield: straight sides down to mid-height, then an elliptical curve to a point at the bottom. */
function insideShield(x, y) {
  const top = 0.17
  const middle = 0.5
  const bottom = 0.86
  const halfWidth = 0.3
  if (y < top || y > bottom) return false
  const dx = Math.abs(x - 0.5)
  if (y <= middle) return dx <= halfWidth
  const t = (y - middle) / (bottom - middle)
  return dx <= halfWidth * Math.sqrt(1 - t * t)
}

/** A plus sign centred in the shield's upper body. */
function insideCross(x, y) {
  const centreX = 0.5
  const centreY = 0.46
  const arm = 0.17
  const halfThickness = 0.055
  const dx = Math.abs(x - centreX)
  const dy = Math.abs(y - centreY)
  return (dx <= halfThickness && dy <= arm) || (dy <= halfThickness && dx <= arm)
}

/** Renders the icon at `size`×`size` as RGBA rows, each prefixed with PNG filter byte 0 (none). */
export function renderIcon(size) {
  const stride = size * 4 + 1
  const pixels = Buffer.alloc(stride * size)
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const sum = [0, 0, 0, 0]
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = colourAt((column + (sx + 0.5) / SUPERSAMPLE) / size, (row + (sy + 0.5) / SUPERSAMPLE) / size)
          if (!colour) continue
          sum[0] += colour[0]
          sum[1] += colour[1]
          sum[2] += colour[2]
          sum[3] += 1
        }
      }
      const offset = row * stride + 1 + column * 4
      // Colour averaged over covered samples (straight alpha), alpha from coverage.
      for (let channel = 0; channel < 3; channel++)
        pixels[offset + channel] = sum[3] ? Math.round(sum[channel] / sum[3]) : 0
      pixels[offset + 3] = Math.round((255 * sum[3]) / (SUPERSAMPLE * SUPERSAMPLE))
    }
  }
  return pixels
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const checksum = Buffer.alloc(4)
  checksum.writeUInt32BE(crc32(typeAndData))
  return Buffer.concat([length, typeAndData, checksum])
}

/** Encodes the icon as a PNG file: 8-bit RGBA, no interlace. */
export function encodePng(size) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // bit depth 8, colour type 6 (RGBA), deflate, adaptive filters, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(renderIcon(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Packs PNG images into an ICO file (PNG entries are valid since Windows Vista; 256 is written as 0). */
export function encodeIco(sizes) {
  const images = sizes.map((size) => encodePng(size))
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(images.length, 4)
  let offset = 6 + 16 * images.length
  const entries = images.map((image, index) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(sizes[index] % 256, 0)
    entry.writeUInt8(sizes[index] % 256, 1)
    entry.writeUInt16LE(1, 4) // colour planes
    entry.writeUInt16LE(32, 6) // bits per pixel
    entry.writeUInt32LE(image.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += image.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...images])
}

function main() {
  const publicDir = fileURLToPath(new URL('../public/', import.meta.url))
  writeFileSync(`${publicDir}icon.png`, encodePng(512))
  writeFileSync(`${publicDir}icon.ico`, encodeIco([256, 48, 32, 16]))
  console.log('已生成 public/icon.png 与 public/icon.ico')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
