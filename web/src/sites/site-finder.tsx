import type { ParkProperties, RegionCollection } from '../api/client'
import { useI18n } from '../i18n/i18n'
import { NeedSwitch, useNeedMode } from '../space/need-switch'
import { SpaceFinderPane } from '../space/space-finder'
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
  onShowBuilding: (id: number) => void
}

/** 智寻址 for investors, no sign-in: the wizard on the left, the ranked sites on the right and on the map. */
export function SiteFinderBoard({ finder, regions, parks, onClose, besidePanel, onShowBuilding }: Props) {
  const { t } = useI18n()
  const [mode, setMode] = useNeedMode()
  return (
    <section
      className={besidePanel ? 'board sites beside-panel' : 'board sites'}
      data-testid="site-finder"
      aria-label={t('sites.title')}
    >
      <header className="board-header">
        <h2>{t('sites.title')}</h2>
        <NeedSwitch mode={mode} onChange={setMode} />
        <button type="button" className="close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      {mode === 'space' ? (
        <SpaceFinderPane regions={regions} onShowBuilding={onShowBuilding} />
      ) : (
        <div className="sites-body">
          <SiteWizard finder={finder} regions={regions} parks={parks} />
          <SiteResults finder={finder} />
        </div>
      )}
    </section>
  )
}
