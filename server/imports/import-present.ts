/** The engine's findings put into words, in the language the person importing reads. */
import type { CrsProblem } from './crs-diagnose.js'
import { type Lang, render, type Said } from './import-messages.js'
import type { ImportReport, RowReport } from './import-report.js'

export type PresentedRow = Omit<RowReport, 'errors' | 'warnings'> & { errors: string[]; warnings: string[] }
export type PresentedReport = Omit<ImportReport, 'rows'> & { rows: PresentedRow[] }
export interface PresentedProblem {
  code: CrsProblem['code']
  message: string
  suggestedSrid?: number
}

export const sayAll = (messages: readonly Said[], lang: Lang) => messages.map((m) => render(m, lang))

/** Several findings as one sentence, joined as the language joins clauses. */
export const joined = (messages: readonly Said[], lang: Lang) =>
  sayAll(messages, lang).join(lang === 'zh' ? '；' : '; ')

export function presentReport(report: ImportReport, lang: Lang): PresentedReport {
  return {
    ...report,
    rows: report.rows.map((r) => ({ ...r, errors: sayAll(r.errors, lang), warnings: sayAll(r.warnings, lang) })),
  }
}

export function presentProblems(problems: readonly CrsProblem[], lang: Lang): PresentedProblem[] {
  return problems.map(({ said, ...rest }) => ({ ...rest, message: render(said, lang) }))
}
