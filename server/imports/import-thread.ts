/** The import thread: reading and reporting, the CPU-heavy halves of an import (see `threads/thread-pool.ts`). */
import { type ContextFileRequest, type PreparedContext, prepareContext } from '../context/context-prepare.js'
import { ApiError } from '../http/api-error.js'
import { outcomeOf } from '../threads/thread-pool.js'
import type { Lang } from './import-messages.js'
import { type FileRequest, type PreparedImport, prepareImport } from './import-prepare.js'
import { type PresentedReport, presentReport } from './import-present.js'
import type { PreviewRow } from './import-preview.repo.js'
import { bytesOf, readUpload, type UploadedFile } from './import-read.js'
import { buildReport, type MappedFeature } from './import-report.js'
import type { TableRead } from './table-reader.js'

export interface ReportRequest {
  mapped: MappedFeature[]
  preview: PreviewRow[]
  repair: boolean
  tooComplex: Map<number, number>
  pointToleranceM?: number
  allOrNothing?: boolean
  lang: Lang
}

export type ImportTask =
  | ({ op: 'prepare' } & FileRequest)
  | ({ op: 'report' } & ReportRequest)
  | ({ op: 'context' } & ContextFileRequest)
  | ({ op: 'table' } & UploadedFile)
export interface ImportResults extends Record<string, unknown> {
  prepare: PreparedImport
  report: PresentedReport
  context: PreparedContext
  table: TableRead
}

export default function run(task: ImportTask) {
  if (task.op === 'prepare') return outcomeOf(() => prepareImport(task))
  if (task.op === 'context') return outcomeOf(() => prepareContext(task))
  if (task.op === 'table') return outcomeOf(() => readTable(task))
  return outcomeOf(() =>
    presentReport(
      buildReport(task.mapped, task.preview, {
        repair: task.repair,
        tooComplex: task.tooComplex,
        pointToleranceM: task.pointToleranceM,
        allOrNothing: task.allOrNothing,
      }),
      task.lang,
    ),
  )
}

/** A spreadsheet's rows (载体清单 and other lists that are not land): read here, off the server's thread. */
async function readTable(task: UploadedFile): Promise<TableRead> {
  const upload = await readUpload(task, bytesOf(task))
  if (upload.kind !== 'table')
    throw new ApiError('invalid_request', `format: “${task.fileName}” is not a spreadsheet; send .xlsx or .csv`)
  return upload.table
}
