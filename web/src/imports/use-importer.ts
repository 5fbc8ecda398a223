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
  commit: () => void
  undo: (batchId: number) => void
  zoomTo: (row: number) => void
}

const asError = (e: unknown) =>
  e instanceof ApiRequestError ? { code: e.code, message: e.message } : { code: 'error', message: (e as Error).message }

/** The upload dialog's state: a file read once, dry runs as options and mapping change, then one commit. */
export function useImporter(open: boolean, onCommitted: () => void): Importer {
  const [file, setFile] = useState<{ name: string; size: number; base64: string } | null>(null)
  const [options, setOptionsState] = useState(defaultOptions)
  const [mapping, setMappingState] = useState<Record<string, MappableField> | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)
  const [error, setError] = useState<Importer['error']>(null)
  const [busy, setBusy] = useState(false)
  const [committed, setCommitted] = useState<Importer['committed']>(null)
  const [batches, setBatches] = useState<ImportBatch[]>([])
  const [zoom, setZoom] = useState<Importer['zoom']>(null)
  const latest = useRef(0)
  const { lang } = useI18n()
  const refreshBatches = useCallback(
    () =>
      loadImportBatches().then(
        (b) => setBatches(b.batches),
        () => undefined,
      ),
    [],
  )
  useEffect(() => {
    if (open) void refreshBatches()
  }, [open, refreshBatches])

  const send = useCallback(
    async (dryRun: boolean, state: { file: typeof file; options: ImportOptions; mapping: typeof mapping }) => {
      if (!state.file) return
      const call = ++latest.current
      setBusy(true)
      setError(null)
      try {
        const answer = await runImportRequest(requestBody(state.file, state.options, state.mapping, dryRun, lang))
        if (call !== latest.current) return
        setResult(answer)
        if (answer.batch) {
          setCommitted(answer.batch)
          onCommitted()
          void refreshBatches()
        }
      } catch (e) {
        if (call !== latest.current) return
        setError(asError(e))
        setResult(null)
      } finally {
        if (call === latest.current) setBusy(false)
      }
    },
    [onCommitted, refreshBatches, lang],
  )

  // The report is worded by the server: in the other language, ask again (a committed batch stays as it is).
  const spokenIn = useRef(lang)
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of language asks for the report again, in that language
  useEffect(() => {
    if (spokenIn.current === lang) return
    spokenIn.current = lang
    if (file && !committed) void send(true, { file, options, mapping })
  }, [lang])

  const pick = useCallback(
    (picked: File) => {
      setCommitted(null)
      setMappingState(null)
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
    [options, send],
  )

  const setMapping = useCallback(
    (column: string, field: MappableField | '') => {
      const base = { ...(mapping ?? result?.mapping.fields ?? {}) }
      if (field === '') delete base[column]
      else {
        // A field has one column: choosing it here frees it from the column that had it.
        for (const [other, f] of Object.entries(base)) if (f === field && other !== column) delete base[other]
        base[column] = field
      }
      setMappingState(base)
    },
    [mapping, result],
  )

  return {
    file,
    options,
    mapping,
    result,
    error,
    busy,
    committed,
    batches,
    zoom,
    pick,
    setMapping,
    setOptions: (patch) => setOptionsState((o) => ({ ...o, ...patch })),
    preview: (patch) => {
      const next = { ...options, ...patch }
      setOptionsState(next)
      setCommitted(null)
      void send(true, { file, options: next, mapping })
    },
    commit: () => void send(false, { file, options, mapping }),
    undo: (batchId) => {
      undoImportBatch(batchId).then(
        () => {
          onCommitted()
          refreshBatches()
        },
        (e: unknown) => setError(asError(e)),
      )
    },
    zoomTo: (row) => setZoom((z) => ({ row, nonce: (z?.nonce ?? 0) + 1 })),
  }
}
