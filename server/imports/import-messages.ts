/**
 * Everything the import engine tells a person, in English and Chinese: produced as a key with values where it is
 * found (a reader, the diagnosis, the report), and put into words only at the door, in the language asked for, by
 * i18next as the web puts its own messages (`{{name}}` values, plural forms by `count`).
 */
import { createMessageEngine } from '../i18n/message-engine.js'
import { fileMessages } from './messages/file-messages.js'
import type { Message, Text, ValueNames } from './messages/message.js'
import { reportMessages } from './messages/report-messages.js'

const catalogue = { ...fileMessages, ...reportMessages }

export type Lang = 'en' | 'zh'
export const langs: readonly Lang[] = ['en', 'zh']
export type SaidKey = keyof typeof catalogue
type Value = string | number
type ValuesOf<K extends SaidKey> = Record<ValueNames<(typeof catalogue)[K]>, Value | Said>

export interface Said {
  key: SaidKey
  /** A value may itself be a message ("column 面积: <what is wrong with it>"), put in the same language. */
  params: Record<string, Value | Said>
}

export const said = <K extends SaidKey>(
  key: K,
  ...params: [ValueNames<(typeof catalogue)[K]>] extends [never] ? [] : [ValuesOf<K>]
): Said => ({ key, params: (params[0] ?? {}) as Said['params'] })

/** "all 3" or "2 of 3": how many of a sample, as a value for another message. */
export const ofAll = (n: number, total: number): Said =>
  n === total ? said('all_of', { total }) : said('some_of', { n, total })

/** i18next's resources: a text with plural forms becomes `key_one` and `key_other`. */
function resourcesIn(lang: Lang): Record<string, string> {
  const entries = Object.entries(catalogue as Record<string, Message>).flatMap(([key, message]) => {
    const text: Text = message[lang]
    return typeof text === 'string'
      ? [[key, text]]
      : [
          [`${key}_one`, text.one],
          [`${key}_other`, text.other],
        ]
  })
  return Object.fromEntries(entries)
}

const engine = createMessageEngine({ en: resourcesIn('en'), zh: resourcesIn('zh') }, 'en')

export function render(message: Said, lang: Lang): string {
  const values = Object.fromEntries(
    Object.entries(message.params).map(([k, v]) => [k, typeof v === 'object' ? render(v, lang) : v]),
  )
  const count = typeof values.count === 'number' ? values.count : undefined
  return engine.t(message.key, { lng: lang, replace: values, count })
}

export const english = (message: Said) => render(message, 'en')

/** For tests: every key, to check both languages render. */
export const allKeys = Object.keys(catalogue) as SaidKey[]
