import QRCode from 'qrcode'
import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { Dialog } from './dialog'

/** The page's address as it stands: the view (hash), the search, the selection and the language. */
export function shareUrl(lang: 'zh' | 'en'): string {
  const url = new URL(window.location.href)
  url.searchParams.set('lang', lang)
  return url.toString()
}

/** Copies text; a page without clipboard access (http, an old WebView) falls back to selecting a field. */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/**
 * Send it on: the link, a QR code to open it on a phone, and a short text for WeChat (what the site is and the link),
 * which WeChat users paste rather than a bare link.
 */
export function ShareDialog({ text, onClose }: { text: (url: string) => string; onClose: () => void }) {
  const { t, lang } = useI18n()
  const url = shareUrl(lang)
  const canvas = useRef<HTMLCanvasElement>(null)
  const [copied, setCopied] = useState<string | null>(null)
  useEffect(() => {
    if (canvas.current) void QRCode.toCanvas(canvas.current, url, { width: 148, margin: 1 })
  }, [url])
  const copyAs = async (kind: string, value: string) => setCopied((await copy(value)) ? kind : null)
  return (
    <Dialog label={t('share.title')} testId="share-dialog" onClose={onClose}>
      <div className="share-box">
        <figure>
          <canvas ref={canvas} data-testid="share-qr" />
          <figcaption className="hint">{t('share.scan')}</figcaption>
        </figure>
        <div>
          <input readOnly value={url} onFocus={(e) => e.target.select()} data-testid="share-url" />
          <div className="form-buttons">
            <button type="button" onClick={() => copyAs('link', url)}>
              {copied === 'link' ? `${t('share.copied')} ✓` : t('share.copyLink')}
            </button>
            <button type="button" onClick={() => copyAs('text', text(url))} data-testid="share-copy-text">
              {copied === 'text' ? `${t('share.copied')} ✓` : t('share.copyText')}
            </button>
          </div>
          <p className="hint" data-testid="share-text">
            {text(url)}
          </p>
        </div>
      </div>
      <div className="form-buttons">
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  )
}
