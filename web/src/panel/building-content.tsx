import { useApiQuery } from '../api/query'
import { type BuildingProperties, type BuildingUnit, loadBuilding } from '../api/space-client'
import { useSession } from '../auth/session-context'
import type { I18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { ReserveUnit } from '../space/reserve-unit'

/** The side panel for a building (载体): what it is and how much of it is free; its units in a table below. */

type Row = [MessageKey, string | number | null | undefined]

const number = (value: number | null, digits = 0) =>
  value === null ? null : value.toLocaleString(undefined, { maximumFractionDigits: digits })

export function buildingContent(p: BuildingProperties, { t, name }: I18n) {
  const m2 = (value: number | null) => (value === null ? null : `${number(value)} ${t('space.m2')}`)
  const rows: Row[] = [
    ['field.kind', t(`kind.${p.kind}`)],
    ['field.park', name({ name: p.park_name, name_en: p.park_name_en })],
    ['field.region', name({ name: p.region_name, name_en: p.region_name_en })],
    ['space.address', name({ name: p.address, name_en: p.address_en })],
    ['space.floors', p.floors],
    ['space.grossM2', m2(p.gross_m2)],
    ['space.yearBuilt', p.year_built],
    ['space.operator', name({ name: p.operator, name_en: p.operator_en })],
    ['space.availableM2', m2(p.available_m2)],
    ['space.vacantUnits', p.vacant_units],
    ['space.vacancyRate', p.vacancy_rate === null ? null : `${Math.round(p.vacancy_rate * 100)}%`],
    ['space.minRent', p.min_rent === null ? null : `${number(p.min_rent, 1)} ${t('space.rentUnit')}`],
    ['field.contact', p.contact],
  ]
  const badge = (
    <div>
      {p.tax_over_100m && <span className="status-badge tax-building">{t('space.taxOver100m')}</span>}
      {p.is_demo && <span className="status-badge demo-badge">{t('space.demo')}</span>}
    </div>
  )
  return { title: name(p), subtitle: '', rows, badge }
}

/** The units of the building floor by floor: the public sees vacant ones, staff every one with its status. */
export function BuildingUnits({ id, i18n }: { id: number; i18n: I18n }) {
  const { t } = i18n
  const { data, error } = useApiQuery(['building', id], () => loadBuilding(id))
  if (error) return <div className="form-error">{error}</div>
  if (!data) return <div className="muted">{t('loading')}</div>
  if (data.units.length === 0) return <div className="muted">{t('space.noUnits')}</div>
  const staff = 'tenant' in data.units[0]!
  return (
    <section className="building-units" data-testid="building-units">
      <h3>{t('space.units')}</h3>
      <table className="units-table">
        <thead>
          <tr>
            {unitColumns(staff).map((key) => (
              <th key={key}>{t(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.units.map((unit) => (
            <UnitRow key={unit.id} unit={unit} staff={staff} i18n={i18n} />
          ))}
        </tbody>
      </table>
      <p className="muted units-note">{t('space.unitsNote')}</p>
    </section>
  )
}

const unitColumns = (staff: boolean): MessageKey[] => [
  'space.unit',
  // Staff read the status first: the table scrolls sideways in the narrow panel.
  ...(staff ? (['space.status'] as const) : []),
  'space.floor',
  'space.area',
  'space.clearHeight',
  'space.floorLoad',
  'space.crane',
  'space.power',
  'space.rent',
]

function UnitRow({ unit, staff, i18n }: { unit: BuildingUnit; staff: boolean; i18n: I18n }) {
  const { t, name } = i18n
  const { can } = useSession()
  return (
    <tr title={name({ name: unit.lease_terms, name_en: unit.lease_terms_en })}>
      <td>{unit.code}</td>
      {staff && (
        <td className="unit-status">
          {t(`unitStatus.${unit.status}`)}
          {'project_name' in unit && unit.project_name ? ` · ${unit.project_name}` : ''}
          {unit.status === 'vacant' && can('projects', 'update') && <ReserveUnit unitId={unit.id} />}
        </td>
      )}
      <td>{unit.floor}</td>
      <td>{number(unit.area_m2)}</td>
      <td>{number(unit.clear_height_m, 1)}</td>
      <td>{number(unit.floor_load_kn, 1)}</td>
      <td>{unit.crane_t > 0 ? number(unit.crane_t) : '–'}</td>
      <td>{number(unit.power_kva)}</td>
      <td>{number(unit.rent_yuan_m2_month, 1)}</td>
    </tr>
  )
}

/** The building's printable sheet. */
export function BuildingSheetLink({ id, i18n }: { id: number; i18n: I18n }) {
  return (
    <div className="panel-links">
      <a href={`/sheet/building/${id}`} target="_blank" rel="noopener" data-testid="sheet-link">
        {i18n.t('sheet.open')} ↗
      </a>
    </div>
  )
}
