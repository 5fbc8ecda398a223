import QRCode from 'qrcode'
import { useEffect, useRef } from 'react'
import { useI18n } from '../i18n/i18n'
import type { SheetTarget } from './sheet-target'

/**
 * The live page of what the sheet shows, in the sheet's language: where its QR code leads. A parcel or a block opens
 * on the map; an assembled site or a comparison is its own page.
 */
export function livePageUrl(target: SheetTarget, lang: 'zh' | 'en'): string {
  const url = new URL(window.location.pathname, window.location.origin)
  if (target.kind === 'parcel' || target.kind === 'block' || target.kind === 'building') {
    url.pathname = '/'
    url.searchParams.set(target.kind, String(target.id))
  }
  url.searchParams.set('lang', lang)
  return url.toString()
}

/** A QR code back to the live map: a printed sheet leads to today's figures. */
export function SheetQr({ target }: { target: SheetTarget }) {
  const { t, lang } = useI18n()
  const canvas = useRef<HTMLCanvasElement>(null)
  const url = livePageUrl(target, lang)
  useEffect(() => {
    const drawn = canvas.current
    // Drawn at twice its printed size for a sharp print; qrcode sets the drawn size as the shown size, so it is reset.
    if (drawn)
      void QRCode.toCanvas(drawn, url, { width: 144, margin: 0 }).then(() => {
        drawn.style.width = '72px'
        drawn.style.height = '72px'
      })
  }, [url])
  return (
    <figure className="sheet-qr" data-testid="sheet-qr">
      <canvas ref={canvas} />
      <figcaption>{t('share.scan')}</figcaption>
    </figure>
  )
}
