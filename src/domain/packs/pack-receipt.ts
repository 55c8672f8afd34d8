import type { Instant } from '../common/entity'
import type { PackManifest } from './pack-manifest'

/** What one import did to the received records of a table. */
export interface TableImportCounts {
  received: number
  added: number
  updated: number
  unchanged: number
}

/** 回执: handed back to the township to prove the pack arrived whole. */
export interface PackReceipt {
  format: 'command-post-pack-receipt'
  packId: string
  /** SHA-256 of the .cpk.zip file as received. */
  packHash: string
  fileName: string
  township: PackManifest['township']
  window: PackManifest['window']
  /** Records per table, as received and verified. */
  counts: Record<string, number>
  receivedAt: Instant
  receivedBy: string
}

/** The receipt of an import. */
export function buildReceipt(
  manifest: PackManifest,
  packHash: string,
  fileName: string,
  receivedAt: Instant,
  receivedBy: string,
): PackReceipt {
  return {
    format: 'command-post-pack-receipt',
    packId: manifest.packId,
    packHash,
    fileName,
    township: manifest.township,
    window: manifest.window,
    counts: { ...manifest.counts },
    receivedAt,
    receivedBy,
  }
}

/** The receipt's file name: `<township code>_<seq>_回执.json` style, no personal data. */
export function receiptFileName(fileName: string): string {
  return fileName.replace(/\.cpk\.zip$/i, '') + '_回执.json'
}
