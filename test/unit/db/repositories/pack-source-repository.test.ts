import { describe, expect, it } from 'vitest'
import type { CommandPostDatabase } from '@/db/database'
import { readPackTables, readPackTablesAsTheyCome } from '@/db/repositories/pack-source-repository'
import { seedFiguresEachTest } from '../../../fixtures/figures'

let db: CommandPostDatabase
seedFiguresEachTest((opened) => (db = opened))

describe('readPackTablesAsTheyCome (a pack part reads its tables in one transaction, each usable on arrival)', () => {
  it('hands over each table before the whole read has ended, the same rows the whole read holds', async () => {
    const reading = readPackTablesAsTheyCome(db, ['persons', 'episodes', 'villages'])
    let ended = false
    void reading.done.then(() => (ended = true))
    const persons = await reading.table('persons')
    expect(ended).toBe(false)
    expect(persons).toEqual(await db.persons.toArray())
    const read = await reading.done
    expect(read.tables.get('persons')).toBe(persons)
    expect(await reading.table('episodes')).toBe(read.tables.get('episodes'))
    expect(read.tables.get('villages')).toEqual(await db.villages.toArray())
  })

  it('stamps the state it read: the audit log length and last line, as readPackTables does', async () => {
    const [reading, whole] = [readPackTablesAsTheyCome(db, ['persons']), await readPackTables(db, ['persons'])]
    const lastLine = await db.audit.orderBy(':id').lastKey()
    expect((await reading.done).stamp).toBe(`${await db.audit.count()}|${String(lastLine ?? '')}`)
    expect(whole.stamp).toBe((await reading.done).stamp)
  })

  it('refuses a table not asked for, and fails every table and the whole read when the transaction cannot run', async () => {
    await expect(readPackTablesAsTheyCome(db, ['persons']).table('episodes')).rejects.toThrow('episodes')
    db.close()
    const reading = readPackTablesAsTheyCome(db, ['persons', 'episodes'])
    await expect(reading.done).rejects.toThrow()
    await expect(reading.table('persons')).rejects.toThrow()
    await expect(reading.table('episodes')).rejects.toThrow()
    await db.open()
  })
})
