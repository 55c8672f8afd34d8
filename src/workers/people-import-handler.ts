import { ValidationError } from '@/domain/common/result'
import {
  outlinePeopleFile,
  parsePeopleFile,
  type NamedSheet,
  type PeopleFileOutline,
} from '@/domain/person/people-sheet-file'
import { readSheetFileSheets } from '@/services/villages/read-sheet-file'
import type { PeopleImportReply, PeopleImportRequest } from './people-import-protocol'

function failure(error: unknown): PeopleImportReply {
  const problems = error instanceof ValidationError ? error.problems : []
  return { kind: 'failed', problems, message: error instanceof Error ? error.message : String(error) }
}

/**
 * The worker's logic without the Worker: answers each request through `post`. Keeps the sheets of the last
 * file read, so a changed mapping is applied without reading the file again. Plain functions of the domain
 * and readSheetFileSheets (SheetJS, TextDecoder): no DOM, so it runs in a Web Worker and in a unit test alike.
 */
export function createPeopleImportHandler(
  post: (reply: PeopleImportReply) => void,
): (request: PeopleImportRequest) => void {
  let sheets: NamedSheet[] = []
  let outline: PeopleFileOutline | undefined
  return (request) => {
    try {
      if (request.kind === 'read') {
        sheets = readSheetFileSheets(request.fileName, new Uint8Array(request.bytes))
        outline = outlinePeopleFile(request.fileName, sheets, request.today)
        post({ kind: 'outline', outline })
        return
      }
      if (!outline) throw new ValidationError([{ field: 'file', code: 'peopleImport.noFile' }])
      const { mapping, source, villages, today } = request
      const context = { fileName: outline.fileName, today, villages, source }
      const parsed = parsePeopleFile(sheets, outline, mapping, context, (done, total) =>
        post({ kind: 'progress', done, total }),
      )
      post({ kind: 'parsed', parsed })
    } catch (error) {
      post(failure(error))
    }
  }
}
