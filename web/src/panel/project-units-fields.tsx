import type { ProjectPatch, ProjectProperties } from '../api/client'
import { type Jurisdiction, loadJurisdictions } from '../api/jurisdictions-client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'

/** The fields of 首报首谈 and credit: who first talked to the investor, where it lands, who answers for it. */
export type UnitField =
  | 'first_report_unit_id'
  | 'landing_unit_id'
  | 'responsible_department_id'
  | 'investor_credit_code'
  | 'pre_reported_on'

type UnitDraft = Required<Pick<ProjectPatch, UnitField>>

export const unitDraftOf = (p: ProjectProperties): UnitDraft => ({
  first_report_unit_id: p.first_report_unit_id,
  landing_unit_id: p.landing_unit_id,
  responsible_department_id: p.responsible_department_id,
  investor_credit_code: p.investor_credit_code,
  pre_reported_on: p.pre_reported_on,
})

/** Which units each field offers, as the server checks them (projects.service). */
const offered: Record<
  'first_report_unit_id' | 'landing_unit_id' | 'responsible_department_id',
  Jurisdiction['level'][]
> = {
  first_report_unit_id: ['district', 'platform', 'town', 'department'],
  landing_unit_id: ['district', 'platform', 'town'],
  responsible_department_id: ['department'],
}

export function ProjectUnitsFields({ draft, set }: { draft: UnitDraft; set: (change: Partial<UnitDraft>) => void }) {
  const { t } = useI18n()
  const { data } = useApiQuery(['jurisdictions'], () => loadJurisdictions())
  const units = data?.jurisdictions ?? []
  const choice = (field: keyof typeof offered, label: Parameters<typeof t>[0]) => (
    <UnitChoice
      label={t(label)}
      units={units.filter((u) => offered[field].includes(u.level))}
      value={draft[field]}
      onChange={(id) => set({ [field]: id })}
      testId={`unit-${field}`}
    />
  )
  return (
    <>
      {choice('first_report_unit_id', 'field.firstReportUnit')}
      {choice('landing_unit_id', 'field.landingUnit')}
      {choice('responsible_department_id', 'field.department')}
      <label>
        {t('field.creditCode')}
        <input
          value={draft.investor_credit_code ?? ''}
          maxLength={40}
          placeholder="91330200MA2XXXXXXX"
          onChange={(e) => set({ investor_credit_code: e.target.value.trim() || null })}
          data-testid="credit-code"
        />
      </label>
      <label>
        {t('field.preReportedOn')}
        <input
          type="date"
          value={draft.pre_reported_on ?? ''}
          onChange={(e) => set({ pre_reported_on: e.target.value || null })}
        />
      </label>
    </>
  )
}

interface UnitChoiceProps {
  label: string
  units: Jurisdiction[]
  value: number | null
  onChange: (id: number | null) => void
  testId: string
}

/** A labelled choice of units, named in the reader's language, parents first as the tree lists them. */
function UnitChoice(props: UnitChoiceProps) {
  const { name } = useI18n()
  return (
    <label>
      {props.label}
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : Number(e.target.value))}
        data-testid={props.testId}
      >
        <option value="">—</option>
        {props.units.map((u) => (
          <option key={u.id} value={u.id}>
            {name(u)}
          </option>
        ))}
      </select>
    </label>
  )
}
