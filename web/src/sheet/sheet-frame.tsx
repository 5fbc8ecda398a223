import { lazy, type ReactNode, Suspense, useState } from 'react'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import type { InterestTarget } from '../journey/interest-form'
import type { Row } from '../land/block-rows'
import { SheetQr } from './sheet-qr'
import type { SheetTarget } from './sheet-target'

const InterestForm = lazy(() => import('../journey/interest-form').then((m) => ({ default: m.InterestForm })))

interface FrameProps {
  target: SheetTarget
  title: string
  subtitle: string
  demo: boolean
  /** What "I'm interested" on this sheet names. */
  interest: InterestTarget
  /** What kind of sheet: a site sheet (地块推介单) unless told otherwise. */
  heading?: MessageKey
  children: ReactNode
}

/** A sheet's page: print and language buttons, "I'm interested", the heading with its QR code, the disclaimer. */
export function SheetFrame({ target, title, subtitle, demo, interest, heading = 'sheet.title', children }: FrameProps) {
  const { t, lang, setLang } = useI18n()
  const [asking, setAsking] = useState(false)
  return (
    <main className="sheet" data-testid="site-sheet">
      <div className="sheet-actions">
        <button type="button" className="primary" onClick={() => setAsking(true)} data-testid="interest-open">
          {t('interest.button')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('sheet.print')}
        </button>
        <button type="button" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t('language')}
        </button>
      </div>
      <header className="sheet-header">
        <div>
          <div className="sheet-brand">
            {t('appTitle')} · {t(heading)}
          </div>
          <h1>{title}</h1>
          <div className="sheet-subtitle">{subtitle}</div>
        </div>
        <SheetQr target={target} />
      </header>
      {children}
      <footer className="sheet-footer">
        <p>{t(demo ? 'sheet.demoDisclaimer' : 'sheet.footer')}</p>
        <p>{new Date().toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB')}</p>
      </footer>
      <Suspense fallback={null}>{asking && <InterestForm site={interest} onClose={() => setAsking(false)} />}</Suspense>
    </main>
  )
}

/** While a sheet loads, or when it cannot. */
export function SheetNotice({ error }: { error: string | null }) {
  const { t } = useI18n()
  return (
    <main className="sheet">
      {error ? (
        <p className="form-error">
          {t('loadError')}: {error}
        </p>
      ) : (
        <p>{t('loading')}</p>
      )}
    </main>
  )
}

/** The sheet's figures, the empty ones left out. */
export function SheetTable({ rows }: { rows: Row[] }) {
  const { t } = useI18n()
  return (
    <table className="sheet-table">
      <tbody>
        {rows
          .filter(([, v]) => v !== null && v !== undefined && v !== '')
          .map(([key, value]) => (
            <tr key={key}>
              <th>{t(key)}</th>
              <td>{value}</td>
            </tr>
          ))}
      </tbody>
    </table>
  )
}
