import QRCode from 'qrcode'
import { useEffect, useRef } from 'react'

/** A QR code drawn sharp at `size` CSS pixels (the canvas holds twice as many for a projector or a print). */
export function QrCanvas({ url, size, testId }: { url: string; size: string; testId?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const drawn = canvas.current
    if (drawn)
      void QRCode.toCanvas(drawn, url, { width: 320, margin: 1 }).then(() => {
        drawn.style.width = size
        drawn.style.height = size
      })
  }, [url, size])
  return <canvas ref={canvas} data-testid={testId} data-url={url} />
}

/** Where a story's QR code leads: the public story itself, or for an internal one the region's land search. */
export function storyLink(story: { id: number; published: boolean; visibility: string }, lang: 'zh' | 'en') {
  const url = new URL('/', window.location.origin)
  if (story.published && story.visibility === 'public') url.pathname = `/story/${story.id}`
  url.searchParams.set('lang', lang)
  return url.toString()
}
