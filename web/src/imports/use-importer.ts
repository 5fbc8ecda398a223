import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiRequestError } from '../api/client'
import {
  fileToBase64,
  type ImportBatch,
  type ImportResult,
  loadImportBatches,
  type MappableField,
  runImportRequest,
  undoImportBatch,
} from '../api/imports-client'
import { useApiQuery, useInvalidate } from '../api/query'
import { useI18n } from '../i18n/i18n'
import { defaultOptions, type ImportOptions, requestBody } from './import-options'

export interface Importer {
  file: { name: string; size: number } | null
  options: ImportOptions
  /** The mapping as the person left it; null until they change the proposal. */
  mapping: Record<string, MappableField> | null
  result: ImportResult | null
  error: { code: string; message: string } | null
  busy: boolean
  committed: NonNullable<ImportResult['batch']> | null
  batches: ImportBatch[]
  /** A report row to show on the map. */
  zoom: { row: number; nonce: number } | null
  pick: (file: File) => void
  setOptions: (patch: Partial<ImportOptions>) => void
  setMapping: (column: string, field: MappableField | '') => void
  preview: (patch?: Partial<ImportOptions>) => void
  /** Reads the file again with a saved mapping over the proposal (the columns set by hand are let go). */
  applyProfile: (name: string) => void
  commit: () => void
  /** Commits the rows without errors, leaving the others out (said in the report). */
  commitGood: () => void
  undo: (batchId: number) => void
  zoomTo: (row: number) => void
}

const asError = (e: unknown) =>
  e instanceof ApiRequestError ? { code: e.code, message: e.message } : { code: 'error', message: (e as Error).message }

type PickedFile = { name: string; size: number; base64: string }
type SendState = {
  file: PickedFile | null
  options: ImportOptions
  mapping: Record<string, MappableField> | null
  /** Commit the rows without errors and leave the rest out. */
  skipBadRows?: boolean
}

/** The batches imported so far, read when the dialog opens and after each commit or undo. */
function useImportBatches(open: boolean) {
  const batches = useApiQuery(['import-batches'], () => loadImportBatches(), { enabled: open }).data?.batches ?? []
  const invalidate = useInvalidate()
  const refreshBatches = useCallback(() => void invalidate(['import-batches']), [invalidate])
  return { batches, refreshBatches }
}

/** Dry runs and the commit: only the latest request's answer counts. */
function useImportRuns(onCommitted: () => void, refreshBatches: () => void) {
  const [result, setResult] = useState<ImportResult | null>(null)
  const [error, setError] = useState<Importer['error']>(null)
  const [busy, setBusy] = useState(false)
  const [committed, setCommitted] = useState<Importer['committed']>(null)
  const latest = useRef(0)
  const { lang } = useI18n()
  const answered = useCallback(
    (answer: ImportResult) => {
      setResult(answer)
      if (!answer.batch) return
      setCommitted(answer.batch)
      onCommitted()
      refreshBatches()
    },
    [onCommitted, refreshBatches],
  )
  const send = useCallback(
    async (dryRun: boolean, state: SendState) => {
      if (!state.file) return
      const call = ++latest.current
      setBusy(true)
      setError(null)
      try {
        const body = requestBody(state.file, state.options, state.mapping, dryRun, lang)
        const answer = await runImportRequest(state.skipBadRows ? { ...body, skip_bad_rows: true } : body)
        if (call === latest.current) answered(answer)
      } catch (e) {
        if (call !== latest.current) return
        setError(asError(e))
        setResult(null)
      } finally {
        if (call === latest.current) setBusy(false)
      }
    },
    [answered, lang],
  )
  return { result, setResult, error, setError, busy, committed, setCommitted, send, lang }
}

/** The mapping after one column is set: a field has one column, so choosing it here frees it from the other. */
function remapped(base: Record<string, MappableField>, column: string, field: MappableField | '') {
  const next = { ...base }
  if (field === '') {
    delete next[column]
    return next
  }
  for (const [other, f] of Object.entries(next)) if (f === field && other !== column) delete next[other]
  next[column] = field
  return next
}

/** Runs `ask` when the language changes (not on the first render). */
function useAskAgainInLanguage(lang: string, ask: () => void) {
  const spokenIn = useRef(lang)
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of language asks again; `ask` is a fresh closure
  useEffect(() => {
    if (spokenIn.current === lang) return
    spokenIn.current = lang
    ask()
  }, [lang])
}

/** A file picked: read once as base64, then a first dry run with the proposed mapping. */
function usePick(
  runs: ReturnType<typeof useImportRuns>,
  options: ImportOptions,
  setFile: (file: PickedFile) => void,
  setMapping: (mapping: null) => void,
) {
  const { send, setCommitted, setResult, setError } = runs
  return useCallback(
    (picked: File) => {
      setCommitted(null)
      setMapping(null)
      setResult(null)
      fileToBase64(picked).then(
        (base64) => {
          const next = { name: picked.name, size: picked.size, base64 }
          setFile(next)
          void send(true, { file: next, options, mapping: null })
        },
        (e: unknown) => setError(asError(e)),
      )
    },
    [options, send, setCommitted, setResult, setError, setFile, setMapping],
  )
}

/** The upload dialog's state: a file read once, dry runs as options and mapping change, then one commit. */
export function useImporter(open: boolean, onCommitted: () => void): Importer {
  const [file, setFile] = useState<PickedFile | null>(null)
  const [options, setOptionsState] = useState(defaultOptions)
  const [mapping, setMappingState] = useState<Record<string, MappableField> | null>(null)
  const [zoom, setZoom] = useState<Importer['zoom']>(null)
  const { batches, refreshBatches } = useImportBatches(open)
  const runs = useImportRuns(onCommitted, refreshBatches)
  const { result, committed, send } = runs
  // The report is worded by the server: in the other language, ask again (a committed batch stays as it is).
  useAskAgainInLanguage(runs.lang, () => {
    if (file && !committed) void send(true, { file, options, mapping })
  })
  const pick = usePick(runs, options, setFile, setMappingState)
  return {
    file,
    options,
    mapping,
    result,
    error: runs.error,
    busy: runs.busy,
    committed,
    batches,
    zoom,
    pick,
    setMapping: (column, field) => setMappingState(remapped(mapping ?? result?.mapping.fields ?? {}, column, field)),
    setOptions: (patch) => setOptionsState((o) => ({ ...o, ...patch })),
    preview: (patch) => {
      const next = { ...options, ...patch }
      setOptionsState(next)
      runs.setCommitted(null)
      void send(true, { file, options: next, mapping })
    },
    applyProfile: (profile) => {
      const next = { ...options, profile }
      setOptionsState(next)
      setMappingState(null)
      runs.setCommitted(null)
      void send(true, { file, options: next, mapping: null })
    },
    commit: () => void send(false, { file, options, mapping }),
    commitGood: () => void send(false, { file, options, mapping, skipBadRows: true }),
    undo: (batchId) => {
      undoImportBatch(batchId).then(
        () => {
          onCommitted()
          refreshBatches()
        },
        (e: unknown) => runs.setError(asError(e)),
      )
    },
    zoomTo: (row) => setZoom((z) => ({ row, nonce: (z?.nonce ?? 0) + 1 })),
  }
}
