import { useCallback, useEffect, useState } from 'react'
import { ApiRequestError } from '../api/client'
import { useSession } from '../auth/session-context'
import type { MessageKey } from '../i18n/messages'

type Loaded<P> = { body: { properties: P }; etag: string | null }

export interface VersionedRecord<P> {
  record: P | null
  etag: string | null
  notice: MessageKey | null
  error: string | null
  saving: boolean
  /** Sends the change with If-Match; a stale version reloads the record and says so instead of overwriting. */
  save: (send: (etag: string) => Promise<Loaded<P>>) => Promise<boolean>
}

export function useVersionedRecord<P>(load: () => Promise<Loaded<P>>, key: string): VersionedRecord<P> {
  const { expire } = useSession()
  const [state, setState] = useState<{ record: P | null; etag: string | null }>({ record: null, etag: null })
  const [notice, setNotice] = useState<MessageKey | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the record; `load` is a fresh closure on every render
  const reload = useCallback(
    () =>
      load().then(
        ({ body, etag }) => setState({ record: body.properties, etag }),
        (e: Error) => setError(e.message),
      ),
    // The key names the record; `load` is a fresh closure on every render.
    [key],
  )
  useEffect(() => {
    setNotice(null)
    setError(null)
    void reload()
  }, [reload])
  const save = async (send: (etag: string) => Promise<Loaded<P>>) => {
    if (!state.etag) return false
    setSaving(true)
    setError(null)
    try {
      const { body, etag } = await send(state.etag)
      setState({ record: body.properties, etag })
      setNotice('saved')
      return true
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 412) {
        setNotice('conflict')
        await reload()
      } else if (e instanceof ApiRequestError && e.status === 401) {
        setNotice('sessionEnded')
        expire()
      } else {
        setError(e instanceof Error ? e.message : String(e))
      }
      return false
    } finally {
      setSaving(false)
    }
  }
  return { ...state, notice, error, saving, save }
}
