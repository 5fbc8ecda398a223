/** The import thread: reading and reporting, the CPU-heavy halves of an import (see `threads/thread-pool.ts`). */
import { type ContextFileRequest, type PreparedContext, prepareContext } from '../context/context-prepare.js'
import { outcomeOf } from '../threads/thread-pool.js'
import type { Lang } from './import-messages.js'
import { type FileRequest, type PreparedImport, prepareImport } from './import-prepare.js'
import { type PresentedReport, presentReport } from './import-present.js'
import type { PreviewRow } from './import-preview.repo.js'
import { buildReport, type MappedFeature } from './import-report.js'

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
export interface ImportResults extends Record<string, unknown> {
  prepare: PreparedImport
  report: PresentedReport
  context: PreparedContext
}

export default function run(task: ImportTask) {
  if (task.op === 'prepare') return outcomeOf(() => prepareImport(task))
  if (task.op === 'context') return outcomeOf(() => prepareContext(task))
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
