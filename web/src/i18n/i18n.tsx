import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { Lang } from './messages'
import { type MessageValues, type Translate, translate } from './translate'

export type { MessageValues, Translate }

/** Picks the Chinese or English name of a record, falling back to Chinese. */
export type NameOf = (props: { name?: string | null; name_en?: string | null }) => string

export interface I18n {
  lang: Lang
  t: Translate
  name: NameOf
  setLang: (lang: Lang) => void
}

const I18nContext = createContext<I18n | null>(null)
const STORAGE_KEY = 'atlas.lang'

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang')
  if (fromUrl === 'en' || fromUrl === 'zh') return fromUrl
  return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh'
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang)
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
  }, [lang])
  const setLang = useCallback((next: Lang) => {
    window.localStorage.setItem(STORAGE_KEY, next)
    setLangState(next)
  }, [])
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, values) => translate(lang, key, values),
      name: (props) => (lang === 'en' && props.name_en ? props.name_en : (props.name ?? '')),
    }),
    [lang, setLang],
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n outside I18nProvider')
  return value
}
