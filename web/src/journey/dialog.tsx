import './journey.css'
import { type ReactNode, useEffect } from 'react'

/** A modal box over the map; Escape closes it, as the close button does. */
export function Dialog({
  label,
  testId,
  onClose,
  children,
}: {
  label: string
  testId: string
  onClose: () => void
  children: ReactNode
}) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])
  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="dialog" role="dialog" aria-modal="true" aria-label={label} data-testid={testId}>
        <h2>{label}</h2>
        {children}
      </div>
    </div>
  )
}
