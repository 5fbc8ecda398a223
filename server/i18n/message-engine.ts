import i18next, { type i18n } from 'i18next'

/**
 * One i18next instance as the product uses it, for the web's messages and for the server's: keys are flat
 * ('status.available'), so neither '.' nor ':' separates anything; values go in as given (React escapes what it
 * renders, and the server's messages are text); the catalogues are in hand, so it is ready when created.
 */
export function createMessageEngine(catalogues: Record<'zh' | 'en', Record<string, string>>, lng: 'zh' | 'en'): i18n {
  const engine = i18next.createInstance()
  void engine.init({
    resources: { zh: { translation: catalogues.zh }, en: { translation: catalogues.en } },
    lng,
    fallbackLng: lng,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  return engine
}
