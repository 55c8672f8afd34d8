import { describe, expect, it } from 'vitest'
import { LEDGER_REGISTERS } from '@/domain/ledgers/ledger-registers'
import { PACK_TABLES } from '@/domain/packs/pack-tables'
import { PACK_PARTS, PEOPLE_PART, partReads, partSteps, REST_PART, WHOLE_PACK } from '@/services/packs/pack-parts'

describe('the parts of a pack', () => {
  it('together hold every register, ledger and the reports exactly once', () => {
    const tables = PACK_PARTS.flatMap((part) => part.tables)
    const ledgers = PACK_PARTS.flatMap((part) => part.ledgers)
    expect([...tables].sort()).toEqual(PACK_TABLES.map((t) => t.table).sort())
    expect([...ledgers].sort()).toEqual(LEDGER_REGISTERS.map((r) => r.key).sort())
    expect(PACK_PARTS.filter((part) => part.reports)).toHaveLength(1)
    expect(PACK_PARTS.reduce((sum, part) => sum + partSteps(part), 0)).toBe(partSteps(WHOLE_PACK))
  })

  it('reads the people once: only the people part reads persons and episodes', () => {
    expect(partReads(PEOPLE_PART)).toEqual(['persons', 'episodes', 'villages'])
    expect(partReads(REST_PART)).not.toContain('persons')
    expect(partReads(REST_PART)).not.toContain('episodes')
    expect(partReads(WHOLE_PACK)).toEqual(expect.arrayContaining(['persons', 'episodes', 'logEntries', 'measures']))
  })

  it('writes files during the read only in a part no other part waits for: the last, or the whole pack', () => {
    expect(PACK_PARTS.map((part) => part.awaited)).toEqual([...PACK_PARTS.slice(1).map(() => true), false])
    expect(WHOLE_PACK.awaited).toBe(false)
  })
})
