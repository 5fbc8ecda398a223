import { createMessageEngine } from '../../../server/i18n/message-engine'
import { type Lang, type MessageKey, messages } from './messages'

/** Values a message takes: `{{n}}` in its text; `count` also picks the plural form. */
export type MessageValues = Record<string, string | number>

/** A message by its key, with its values put in. */
export type Translate = (key: MessageKey, values?: MessageValues) => string

/** One engine for the app, set up as the server's messages are (createMessageEngine). */
const engine = createMessageEngine(messages, 'zh')

/** A message in a language, outside React (map expressions, exports): the same engine and catalogue. */
export const translate = (lang: Lang, key: MessageKey, values?: MessageValues): string =>
  engine.t(key, { lng: lang, ...values })
