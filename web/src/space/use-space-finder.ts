import { useCallback, useEffect, useRef, useState } from 'react'
import { recommendSpace, type SpaceRecommendation } from '../api/recommend-client'
import { useUrlParams } from '../routing/use-url-params'
import { initialSpaceForm, type SpaceForm, spaceFormFromParam, spaceFormToParam, spaceProfileOf } from './space-form'

/** The space search as a link carries it. */
const QUERY = 'spq'

export interface SpaceFinder {
  form: SpaceForm
  setForm: (form: SpaceForm) => void
  result: SpaceRecommendation | null
  error: string | null
  busy: boolean
  search: () => void
}

/** 智寻址 for space: the form and its answer; the search is in the URL, and a link holding one runs it. */
export function useSpaceFinder(): SpaceFinder {
  const [params, setParams] = useUrlParams()
  const [form, setForm] = useState(() => spaceFormFromParam(params.get(QUERY)) ?? initialSpaceForm)
  const [result, setResult] = useState<SpaceRecommendation | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const search = useCallback(() => {
    setBusy(true)
    setError(null)
    recommendSpace(spaceProfileOf(form)).then(
      (answer) => {
        setResult(answer)
        setBusy(false)
        setParams(
          (current) => {
            const next = new URLSearchParams(current)
            next.set(QUERY, spaceFormToParam(form))
            return next
          },
          { replace: true },
        )
      },
      (e: Error) => {
        setError(e.message)
        setBusy(false)
      },
    )
  }, [form, setParams])
  const pending = useRef(params.has(QUERY))
  useEffect(() => {
    if (!pending.current) return
    pending.current = false
    search()
  }, [search])
  return { form, setForm, result, error, busy, search }
}
