import { type FormEvent, useState } from 'react'
import type { ClientConfig } from '../api/client'
import { useI18n } from '../i18n/i18n'
import { useSession } from './session-context'

/** Staff sign in here; investors never need to. Demo mode lists its demo accounts. */
export function SignInPage({ config, onDone }: { config: ClientConfig | null; onDone: () => void }) {
  const { t, lang, setLang } = useI18n()
  const { signIn } = useSession()
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const attempt = async (user: string, secret: string | null) => {
    setBusy(true)
    setError(null)
    try {
      await signIn(user, secret)
      onDone()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void attempt(name, password)
  }
  return (
    <main className="signin-page">
      <form className="signin-card" onSubmit={submit} data-testid="signin-form">
        <div className="signin-head">
          <h1>{t('appTitle')}</h1>
          <button type="button" className="lang-switch" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('language')}
          </button>
        </div>
        <h2>{t('signInTitle')}</h2>
        <p className="muted">{t('signInNote')}</p>
        <label>
          {t('userName')}
          <input
            name="username"
            autoComplete="username"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            // biome-ignore lint/a11y/noAutofocus: the page exists to type a name; focus is where the user starts
            autoFocus
          />
        </label>
        <label>
          {t('password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <div className="form-error" role="alert">
            {error}
          </div>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('signIn')}
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          {t('backToMap')}
        </button>
        {config && config.demoAccounts.length > 0 && (
          <div className="demo-accounts">
            <div className="muted">{t('demoAccounts')}</div>
            {config.demoAccounts.map((account) => (
              <button
                key={account.name}
                type="button"
                className="chip"
                disabled={busy}
                onClick={() => void attempt(account.name, null)}
              >
                {account.name} · {t(`role.${account.role}`)}
              </button>
            ))}
          </div>
        )}
      </form>
    </main>
  )
}
