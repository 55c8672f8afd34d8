import { describe, expect, it } from 'vitest'
import { ValidationError } from '@/domain/common/result'
import { startPeopleImportWorker, type WorkerLike } from '@/workers/people-import-client'
import { createPeopleImportHandler } from '@/workers/people-import-handler'
import type { PeopleImportReply } from '@/workers/people-import-protocol'
import { FIXTURE_VILLAGES, IMPORT_TODAY, fixtureBytes, suggestedMapping } from '../../fixtures/people-import'

/** The handler behind a Worker's interface, answering asynchronously as a real worker does. */
function fakeWorker(): WorkerLike & { terminated: boolean } {
  const worker: WorkerLike & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage(message) {
      const handle = createPeopleImportHandler((reply: PeopleImportReply) =>
        setTimeout(() => worker.onmessage?.({ data: reply } as MessageEvent<PeopleImportReply>)),
      )
      if (message.kind === 'read') kept = handle
      setTimeout(() => (message.kind === 'read' ? handle : kept)(message))
    },
    terminate() {
      worker.terminated = true
    },
  }
  let kept = createPeopleImportHandler(() => undefined)
  return worker
}

describe('startPeopleImportWorker', () => {
  it('reads a file and applies a mapping, passing progress on', async () => {
    const worker = startPeopleImportWorker(fakeWorker)
    const outline = await worker.read('messy.xlsx', fixtureBytes('messy.xlsx'), IMPORT_TODAY)
    expect(outline.layouts).toHaveLength(2)
    const progress: number[] = []
    const parsed = await worker.apply(
      { mapping: suggestedMapping(outline), source: '', villages: FIXTURE_VILLAGES, today: IMPORT_TODAY },
      (done) => progress.push(done),
    )
    expect(parsed.rows).toHaveLength(12)
    expect(progress).toEqual([18])
  })

  it('rejects with the ValidationError of a refused file, and one request at a time', async () => {
    const worker = startPeopleImportWorker(fakeWorker)
    const first = worker.read('x.xlsx', new Uint8Array([1]).buffer as ArrayBuffer, IMPORT_TODAY)
    await expect(worker.read('y.xlsx', new Uint8Array([1]).buffer as ArrayBuffer, IMPORT_TODAY)).rejects.toThrow('busy')
    await expect(first).rejects.toBeInstanceOf(ValidationError)
  })

  it('fails a pending request when terminated', async () => {
    const fake = fakeWorker()
    const worker = startPeopleImportWorker(() => fake)
    const pending = worker.read('messy.xlsx', fixtureBytes('messy.xlsx'), IMPORT_TODAY)
    worker.terminate()
    await expect(pending).rejects.toThrow('cancelled')
    expect(fake.terminated).toBe(true)
  })
})
