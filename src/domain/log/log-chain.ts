import { sha256Hex } from '../common/sha256'
import type { LogEntry } from './log-entry'

/** The previous hash of the first entry: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64)

/** The fields an entry's hash covers, everything but the hash itself and the derived index keys. */
export type ChainedFields = Omit<LogEntry, 'hash' | 'linkKeys'>

/**
 * The canonical form of an entry: a JSON array of its fields in a fixed order, links in their stored order.
 * JSON.stringify of strings and integers is deterministic, so anyone can recompute it (docs/log.md).
 */
export function canonicalForm(entry: ChainedFields): string {
  return JSON.stringify([
    entry.seq,
    entry.id,
    entry.kind,
    entry.occurredAt,
    entry.enteredAt,
    entry.authorId,
    entry.authorName,
    entry.counterpart,
    entry.phone,
    entry.villageId,
    entry.content,
    entry.handling,
    entry.corrects,
    entry.links.map((l) => [l.type, l.id]),
  ])
}

/** An entry's hash: SHA-256 (hex) of `prevHash + "\n" + canonicalForm(entry)`. */
export function entryHash(entry: ChainedFields): string {
  return sha256Hex(`${entry.prevHash}\n${canonicalForm(entry)}`)
}

/** The newest entry of the chain: what the next entry links to. */
export interface ChainHead {
  seq: number
  hash: string
}

/**
 * A place where the chain is broken. `altered`: the entry's content no longer gives its hash. `missing`: entries
 * with these numbers are gone (`seq` is the first missing one, `count` how many). `relinked`: the entry does not
 * follow the one before it (reordered, inserted or the one before was altered and re-hashed). `tail`: the newest
 * entries recorded in the head are gone.
 */
export type ChainBreak =
  | { kind: 'altered'; seq: number; id: string }
  | { kind: 'missing'; seq: number; count: number }
  | { kind: 'relinked'; seq: number; id: string }
  | { kind: 'tail'; seq: number; count: number }

/** Result of a verification: how many entries were checked and every break found, oldest first. */
export interface ChainReport {
  checked: number
  breaks: ChainBreak[]
}

/** Walks the chain as it is stored and reports progress, so a long check can yield to the page in between. */
export class ChainVerifier {
  private expectedSeq = 1
  private previousHash = GENESIS_HASH
  readonly breaks: ChainBreak[] = []
  checked = 0

  /** Checks the next stored entry (entries must come in ascending `seq`). */
  add(entry: LogEntry): void {
    if (entry.seq !== this.expectedSeq) {
      if (entry.seq > this.expectedSeq)
        this.breaks.push({ kind: 'missing', seq: this.expectedSeq, count: entry.seq - this.expectedSeq })
      else this.breaks.push({ kind: 'relinked', seq: entry.seq, id: entry.id })
    }
    if (entryHash(entry) !== entry.hash) this.breaks.push({ kind: 'altered', seq: entry.seq, id: entry.id })
    else if (entry.prevHash !== this.previousHash && entry.seq === this.expectedSeq)
      this.breaks.push({ kind: 'relinked', seq: entry.seq, id: entry.id })
    this.previousHash = entry.hash
    this.expectedSeq = Math.max(this.expectedSeq, entry.seq + 1)
    this.checked++
  }

  /** The report, comparing the last entry seen with the head the log recorded. May be called again after more adds. */
  finish(head: ChainHead | undefined): ChainReport {
    const last = this.expectedSeq - 1
    const breaks = [...this.breaks]
    if (head && head.seq > last) breaks.push({ kind: 'tail', seq: last + 1, count: head.seq - last })
    return { checked: this.checked, breaks }
  }

  /** The number of the last entry seen (0 before any). */
  get lastSeq(): number {
    return this.expectedSeq - 1
  }
}

/** Verifies a whole chain in memory (tests, small logs): every break, oldest first. */
export function verifyChain(entries: readonly LogEntry[], head?: ChainHead): ChainReport {
  const verifier = new ChainVerifier()
  for (const entry of entries) verifier.add(entry)
  return verifier.finish(head)
}
