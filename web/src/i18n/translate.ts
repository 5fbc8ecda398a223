import i18next from 'i18next'
import { type Lang, type MessageKey, messages } from './messages'

/** Values a message takes: `{{n}}` in its text; `count` also picks the plural form. */
export type MessageValues = Record<string, string | number>

/** A message by its key, with its values put in. */
export type Translate = (key: MessageKey, values?: MessageValues) => string

/**
 * One i18next instance for the app. Keys are flat ('status.available'), so neither '.' nor ':' separates anything;
 * React escapes what it renders, so interpolation does not escape again.
 */
const engine = i18next.createInstance()
void engine.init({
  resources: { zh: { translation: messages.zh }, en: { translation: messages.en } },
  lng: 'zh',
  fallbackLng: 'zh',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
})

/** A message in a language, outside React (map expressions, exports): the same engine and catalogue. */
export const translate = (lang: Lang, key: MessageKey, values?: MessageValues): string =>
  engine.t(key, { lng: lang, ...values })
