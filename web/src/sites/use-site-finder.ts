import { useCallback, useEffect, useRef, useState } from 'react'
import { recommendSites, type SiteRecommendation } from '../api/recommend-client'
import { useUrlParams } from '../routing/use-url-params'
import { formFromParam, formToParam, initialForm, profileOf, type SiteForm } from './site-form'

/** The search as a link carries it (`?sq=…`, the form's changes from the defaults) and the compared ranks (`?sc=1,3`). */
const QUERY = 'sq'
const COMPARED = 'sc'

const comparedOf = (text: string | null) =>
  (text ?? '')
    .split(',')
    .map(Number)
    .filter((rank) => Number.isInteger(rank) && rank > 0)
    .slice(0, 3)

export interface SiteFinder {
  form: SiteForm
  setForm: (form: SiteForm) => void
  result: SiteRecommendation | null
  error: string | null
  busy: boolean
  search: () => void
  /** Why a parcel is not a candidate: the same search, asked about that parcel. */
  whyNot: SiteRecommendation['why_not'][number] | null
  explain: (parcelId: number | null) => void
  focused: number | null
  setFocused: (rank: number | null) => void
  compared: number[]
  toggleCompared: (rank: number) => void
  /** A card asked the map to show its site (the nonce repeats a request for the same site). */
  zoom: { rank: number; nonce: number } | null
  zoomTo: (rank: number) => void
}

const MAX_COMPARED = 3

/**
 * The search and what it found are a link: the form and the compared sites are in the URL, and a link that holds a
 * search runs it when opened, so a colleague sees the same ranked sites.
 */
export function useSiteFinder(): SiteFinder {
  const [params, setParams] = useUrlParams()
  const [form, setForm] = useState(() => formFromParam(params.get(QUERY)) ?? initialForm)
  const [result, setResult] = useState<SiteRecommendation | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [whyNot, setWhyNot] = useState<SiteFinder['whyNot']>(null)
  const [focused, setFocused] = useState<number | null>(null)
  const { compared, setCompared, toggleCompared } = useCompared(setParams)
  const [zoom, setZoom] = useState<SiteFinder['zoom']>(null)
  const zoomTo = useCallback((rank: number) => setZoom((now) => ({ rank, nonce: (now?.nonce ?? 0) + 1 })), [])
  // The form the shown results were found with: "why not" asks about those, not about later edits.
  const searched = useRef<SiteForm | null>(null)
  // A link's compared sites, applied to the results its search finds.
  const linkedCompare = useRef(params.get(COMPARED))
  const search = useCallback(() => {
    setBusy(true)
    setError(null)
    recommendSites(profileOf(form)).then(
      (answer) => {
        searched.current = form
        setResult(answer)
        setWhyNot(null)
        setFocused(null)
        setCompared(comparedOf(linkedCompare.current))
        linkedCompare.current = null
        setBusy(false)
        setParams((current) => withParam(withParam(current, QUERY, formToParam(form)), COMPARED, null), {
          replace: true,
        })
      },
      (e: Error) => {
        setError(e.message)
        setBusy(false)
      },
    )
  }, [form, setParams, setCompared])
  useRunLinkedSearch(params.has(QUERY), search)
  const explain = useExplain(searched, setWhyNot)
  return {
    form,
    setForm,
    result,
    error,
    busy,
    search,
    whyNot,
    explain,
    focused,
    setFocused,
    compared,
    toggleCompared,
    zoom,
    zoomTo,
  }
}

function withParam(params: URLSearchParams, name: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params)
  if (value === null) next.delete(name)
  else next.set(name, value)
  return next
}

/** A link that holds a search runs it once, when the page opens. */
function useRunLinkedSearch(linked: boolean, search: () => void) {
  const pending = useRef(linked)
  useEffect(() => {
    if (!pending.current) return
    pending.current = false
    search()
  }, [search])
}

type SetParams = ReturnType<typeof useUrlParams>[1]

/** The sites ticked for comparison (at most three), kept in the URL as they change. */
function useCompared(setParams: SetParams) {
  const [compared, setCompared] = useState<number[]>([])
  const toggleCompared = useCallback(
    (rank: number) => {
      const next = compared.includes(rank)
        ? compared.filter((r) => r !== rank)
        : [...compared, rank].slice(-MAX_COMPARED)
      setCompared(next)
      setParams((current) => withParam(current, COMPARED, next.length > 0 ? next.join(',') : null), { replace: true })
    },
    [compared, setParams],
  )
  return { compared, setCompared, toggleCompared }
}

/** Why a parcel is not a candidate: the search the shown results came from, asked about that parcel. */
function useExplain(searched: { current: SiteForm | null }, setWhyNot: (whyNot: SiteFinder['whyNot']) => void) {
  return useCallback(
    (parcelId: number | null) => {
      if (parcelId === null || !searched.current) return setWhyNot(null)
      recommendSites(profileOf(searched.current, [parcelId])).then(
        (answer) => setWhyNot(answer.why_not[0] ?? null),
        () => setWhyNot(null),
      )
    },
    [searched, setWhyNot],
  )
}
