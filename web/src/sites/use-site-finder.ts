import { useCallback, useRef, useState } from 'react'
import { recommendSites, type SiteRecommendation } from '../api/recommend-client'
import { initialForm, profileOf, type SiteForm } from './site-form'

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

export function useSiteFinder(): SiteFinder {
  const [form, setForm] = useState(initialForm)
  const [result, setResult] = useState<SiteRecommendation | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [whyNot, setWhyNot] = useState<SiteFinder['whyNot']>(null)
  const [focused, setFocused] = useState<number | null>(null)
  const [compared, setCompared] = useState<number[]>([])
  const [zoom, setZoom] = useState<SiteFinder['zoom']>(null)
  const zoomTo = useCallback((rank: number) => setZoom((now) => ({ rank, nonce: (now?.nonce ?? 0) + 1 })), [])
  // The form the shown results were found with: "why not" asks about those, not about later edits.
  const searched = useRef<SiteForm | null>(null)
  const search = useCallback(() => {
    setBusy(true)
    setError(null)
    recommendSites(profileOf(form)).then(
      (answer) => {
        searched.current = form
        setResult(answer)
        setWhyNot(null)
        setFocused(null)
        setCompared([])
        setBusy(false)
      },
      (e: Error) => {
        setError(e.message)
        setBusy(false)
      },
    )
  }, [form])
  const explain = useCallback((parcelId: number | null) => {
    if (parcelId === null || !searched.current) return setWhyNot(null)
    recommendSites(profileOf(searched.current, [parcelId])).then(
      (answer) => setWhyNot(answer.why_not[0] ?? null),
      () => setWhyNot(null),
    )
  }, [])
  const toggleCompared = useCallback((rank: number) => {
    setCompared((now) => (now.includes(rank) ? now.filter((r) => r !== rank) : [...now, rank].slice(-MAX_COMPARED)))
  }, [])
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
