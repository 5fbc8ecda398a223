import '../journey/journey.css'
import { useI18n } from '../i18n/i18n'
import type { LandFilters } from './land-filters'
import { blockParks, type PickedBlock, pickedBlock } from './picked-block'
import { useFilteredBlocks } from './use-results'

/** 单宗地块 | 连片地块: which the results list. */
export function ResultsSwitch({ filters, onChange }: { filters: LandFilters; onChange: (f: LandFilters) => void }) {
  const { t } = useI18n()
  const choice = (blocks: boolean, label: string) => (
    <label className="inline">
      <input
        type="radio"
        name="results-as"
        checked={Boolean(filters.results) === blocks}
        onChange={() => onChange({ ...filters, results: blocks ? 'blocks' : undefined })}
        data-testid={blocks ? 'results-blocks' : 'results-parcels'}
      />
      {label}
    </label>
  )
  return (
    <div className="results-switch" role="radiogroup" aria-label={t('results.as')}>
      {choice(false, t('results.parcels'))}
      {choice(true, t('results.blocks'))}
    </div>
  )
}

/** When no single parcel qualifies: say whether contiguous blocks would, and offer them or 智寻址 in one click. */
export function NoParcelsHint({
  filters,
  onChange,
  onOpenSites,
}: {
  filters: LandFilters
  onChange: (f: LandFilters) => void
  onOpenSites: () => void
}) {
  const { t } = useI18n()
  const blocks = useFilteredBlocks(filters)
  const count = blocks?.features.length ?? 0
  return (
    <div className="results-hint" role="status" data-testid="no-parcels-hint">
      {count > 0 && <div>{t('results.noParcelsButBlocks', { count })}</div>}
      {count > 0 && (
        <button type="button" className="primary" onClick={() => onChange({ ...filters, results: 'blocks' })}>
          {t('results.showBlocks')}
        </button>
      )}
      <button type="button" onClick={onOpenSites} data-testid="hint-sites">
        {t('results.trySites')}
      </button>
    </div>
  )
}

/** The blocks as a table: largest first; a click selects the block and flies to it. */
export function BlockResults({ filters, onPick }: { filters: LandFilters; onPick: (block: PickedBlock) => void }) {
  const { t, lang } = useI18n()
  const blocks = useFilteredBlocks(filters)
  if (!blocks) return null
  return (
    <>
      <div className="results-head">
        <strong data-testid="result-count">{blocks.features.length}</strong>{' '}
        {t('results.blocksFound', { count: blocks.features.length }).replace(/^\d+\s*/, '')}
      </div>
      <div className="results-scroll">
        <table data-testid="block-results">
          <thead>
            <tr>
              <th>{t('block.id')}</th>
              <th>{t('block.total')}</th>
              <th>{t('block.parcelCount')}</th>
              <th>{t('block.parks')}</th>
            </tr>
          </thead>
          <tbody>
            {blocks.features.map((f) => (
              <tr key={f.properties.block_id} onClick={() => onPick(pickedBlock(f))}>
                <td>{f.properties.block_id}</td>
                <td>{f.properties.total_mu.toFixed(1)}</td>
                <td>{f.properties.parcel_count}</td>
                <td>{blockParks(f.properties, lang).join(lang === 'en' ? '; ' : '、')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
