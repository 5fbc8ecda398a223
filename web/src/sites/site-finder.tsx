import type { ParkProperties, RegionCollection } from '../api/client'
import { useI18n } from '../i18n/i18n'
import { SiteResults } from './site-results'
import { SiteWizard } from './site-wizard'
import type { SiteFinder as Finder } from './use-site-finder'
import './sites.css'

interface Props {
  finder: Finder
  regions: RegionCollection['features'][number]['properties'][]
  parks: ParkProperties[]
  onClose: () => void
  besidePanel: boolean
}

/** 智寻址 for investors, no sign-in: the wizard on the left, the ranked sites on the right and on the map. */
export function SiteFinderBoard({ finder, regions, parks, onClose, besidePanel }: Props) {
  const { t } = useI18n()
  return (
    <section
      className={besidePanel ? 'board sites beside-panel' : 'board sites'}
      data-testid="site-finder"
      aria-label={t('sites.title')}
    >
      <header className="board-header">
        <h2>{t('sites.title')}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <div className="sites-body">
        <SiteWizard finder={finder} regions={regions} parks={parks} />
        <SiteResults finder={finder} />
      </div>
    </section>
  )
}
