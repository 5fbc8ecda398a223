import { loadRegions } from '../api/client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import { locatorPaths, outerRings } from './map-furniture'

const SIZE = 110

/** The locator inset: the city's districts, and where in them the site lies. */
export function SheetLocator({ site }: { site: [number, number] }) {
  const { t } = useI18n()
  const { data } = useApiQuery(['regions'], () => loadRegions())
  if (!data) return null
  const rings = data.features.filter((f) => f.properties.level !== 'city').flatMap((f) => outerRings(f.geometry))
  if (rings.length === 0) return null
  const { paths, dot, height } = locatorPaths(rings, site, SIZE)
  return (
    <svg
      className="sheet-locator"
      viewBox={`-4 -4 ${SIZE + 8} ${height + 8}`}
      role="img"
      aria-label={t('sheet.locator')}
      data-testid="sheet-locator"
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
      <circle cx={dot[0]} cy={dot[1]} r={4} />
    </svg>
  )
}
