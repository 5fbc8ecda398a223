/**
 * Everything the import engine tells a person, in English and Chinese: produced as a key with parameters where it is
 * found (a reader, the diagnosis, the report), and put into words only at the door, in the language asked for.
 */
import { fileMessages } from './messages/file-messages.js'
import type { Params } from './messages/message.js'
import { reportMessages } from './messages/report-messages.js'

const catalogue = { ...fileMessages, ...reportMessages }

export type Lang = 'en' | 'zh'
export const langs: readonly Lang[] = ['en', 'zh']
export type SaidKey = keyof typeof catalogue
type ParamsOf<K extends SaidKey> = Parameters<(typeof catalogue)[K]['en']>[0]

export interface Said {
  key: SaidKey
  /** A parameter may itself be a message ("column 面积: <what is wrong with it>"), put in the same language. */
  params: Record<string, Params[string] | Said>
}
type Nested<P> = { [K in keyof P]: P[K] | Said }

export const said = <K extends SaidKey>(
  key: K,
  ...params: ParamsOf<K> extends Record<string, never> ? [] : [Nested<ParamsOf<K>>]
): Said => ({ key, params: (params[0] ?? {}) as Said['params'] })

export function render(message: Said, lang: Lang): string {
  const params = Object.fromEntries(
    Object.entries(message.params).map(([k, v]) => [k, typeof v === 'object' ? render(v, lang) : v]),
  )
  return (catalogue[message.key][lang] as (p: Params) => string)(params)
}

export const english = (message: Said) => render(message, 'en')

/** For tests: every key, to check both languages render. */
export const allKeys = Object.keys(catalogue) as SaidKey[]
