import { lazy, Suspense, useState } from 'react'
import { useI18n } from '../i18n/i18n'

const RoadshowDialog = lazy(() => import('./roadshow-dialog').then((m) => ({ default: m.RoadshowDialog })))

/** 路演 / Roadshow in the top bar: the stories this reader may play (staff also make and edit them there). */
export function RoadshowButton() {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="board-open" onClick={() => setOpen(true)} data-testid="roadshow-open">
        {t('roadshow.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <RoadshowDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
