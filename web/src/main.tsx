import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { SessionProvider } from './auth/session-context'
import { I18nProvider } from './i18n/i18n'
import './styles.css'
import './pipeline/pipeline.css'
import './chains/chains.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
)
