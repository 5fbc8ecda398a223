import type { FormEvent } from 'react'
import { landCategories } from '../../../server/projects/projects.table'
import { loadParcelPage, type ProjectPatch, type ProjectProperties } from '../api/client'
import { useApiQuery } from '../api/query'
import { loadProjectRecord, saveProject } from '../api/staff-client'
import { useI18n } from '../i18n/i18n'
import { FormFooter } from './parcel-editor'
import { ProjectUnitsFields, type UnitField, unitDraftOf } from './project-units-fields'
import { useDraft, useShowNewerVersion } from './use-draft'
import { useVersionedRecord } from './use-versioned-record'

type Draft = Required<
  Pick<
    ProjectPatch,
    | 'stage'
    | 'responsible'
    | 'notes'
    | 'land_need_mu'
    | 'land_category'
    | 'total_investment_wan'
    | 'special_support'
    | 'first_reported_on'
    | 'planned_signing_on'
    | 'parcel_id'
    | UnitField
  >
> & { stage_on: string; stage_note: string }

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })

const draftOf = (p: ProjectProperties): Draft => ({
  stage: p.stage,
  responsible: p.responsible,
  notes: p.notes,
  land_need_mu: p.land_need_mu,
  land_category: p.land_category,
  total_investment_wan: p.total_investment_wan,
  special_support: p.special_support,
  first_reported_on: p.first_reported_on,
  planned_signing_on: p.planned_signing_on,
  parcel_id: p.parcel_id,
  ...unitDraftOf(p),
  stage_on: today(),
  stage_note: '',
})

const numberOrNull = (value: string) => (value === '' ? null : Number(value))

/** Only what changed is sent; a stage move goes with its day and note, and only to a stage the lifecycle allows. */
function patchOf(draft: Draft, original: Draft): ProjectPatch {
  const { stage_on, stage_note, ...fields } = draft
  const changed = Object.fromEntries(
    Object.entries(fields).filter(([k, v]) => v !== original[k as keyof Draft]),
  ) as ProjectPatch
  return changed.stage ? { ...changed, stage_on, ...(stage_note ? { stage_note } : {}) } : changed
}

export function ProjectEditor({
  id,
  shownVersion,
  onNewVersion,
}: {
  id: number
  shownVersion: number | undefined
  onNewVersion: (project: ProjectProperties) => void
}) {
  const { t } = useI18n()
  const record = useVersionedRecord<ProjectProperties>(() => loadProjectRecord<ProjectProperties>(id), `project-${id}`)
  const { draft, setDraft, keep } = useDraft(record.record, draftOf)
  useShowNewerVersion(record.record, shownVersion, onNewVersion)
  if (!record.record || !draft) return null
  const current = record.record
  const original = draftOf(current)
  const patch = patchOf(draft, original)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    keep(patch as Partial<Draft>)
    await record.save((etag) => saveProject<ProjectProperties>(id, etag, patch))
  }
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change })
  return (
    <form className="edit-form" onSubmit={submit} data-testid="project-editor">
      <h3>{t('edit')}</h3>
      <StageFields current={current} draft={draft} set={set} />
      <ParcelChoice
        parkId={current.park_id}
        value={draft.parcel_id}
        currentCode={current.parcel_code}
        onChange={(parcel_id) => set({ parcel_id })}
      />
      <label>
        {t('field.responsible')}
        <input
          value={draft.responsible ?? ''}
          maxLength={100}
          onChange={(e) => set({ responsible: e.target.value || null })}
        />
      </label>
      <LandFields draft={draft} set={set} />
      <label>
        {t('field.investment')}（{t('wanUnit')}）
        <input
          type="number"
          min={0}
          step={1}
          value={draft.total_investment_wan ?? ''}
          onChange={(e) => set({ total_investment_wan: numberOrNull(e.target.value) })}
        />
      </label>
      <DateFields draft={draft} set={set} />
      <ProjectUnitsFields draft={draft} set={set} />
      <label className="inline">
        <input
          type="checkbox"
          checked={draft.special_support}
          onChange={(e) => set({ special_support: e.target.checked })}
        />
        {t('field.specialSupport')}
      </label>
      <label>
        {t('field.notes')}
        <textarea rows={3} maxLength={5000} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
      </label>
      <FormFooter
        notice={record.notice}
        error={record.error}
        disabled={record.saving || Object.keys(patch).length === 0}
        onReset={() => setDraft(original)}
      />
    </form>
  )
}

/** The parcel the project asks for: land in its park that is on offer or held, plus the one it holds now. */
function ParcelChoice({
  parkId,
  value,
  currentCode,
  onChange,
}: {
  parkId: number | null
  value: number | null
  currentCode: string | null
  onChange: (id: number | null) => void
}) {
  const { t } = useI18n()
  const { data } = useApiQuery(
    ['parcels-of-park', parkId],
    (signal) =>
      loadParcelPage({ park: String(parkId), status: 'available,reserve,intended', sort: 'code' }, 500, signal),
    { enabled: parkId !== null },
  )
  const options = (data?.items ?? []).filter((p) => p.id !== value)
  return (
    <label>
      {t('field.parcel')}
      <select value={value ?? ''} onChange={(e) => onChange(numberOrNull(e.target.value))} data-testid="parcel-select">
        <option value="">—</option>
        {value !== null && <option value={value}>{currentCode ?? value}</option>}
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {p.code}（{Math.round(p.area_mu)} {t('mu')} · {t(`status.${p.status}`)}）
          </option>
        ))}
      </select>
    </label>
  )
}

interface StageFieldsProps {
  current: ProjectProperties
  draft: Draft
  set: (change: Partial<Draft>) => void
}

/** The next stage the rules allow, and for a move its date (not before the last move, not in the future) and note. */
function StageFields({ current, draft, set }: StageFieldsProps) {
  const { t } = useI18n()
  return (
    <>
      <label>
        {t('stage.move')}
        <select
          value={draft.stage}
          onChange={(e) => set({ stage: e.target.value as Draft['stage'] })}
          disabled={current.next_stages.length === 0}
          data-testid="stage-select"
        >
          <option value={current.stage}>
            {current.next_stages.length === 0 ? t('stage.none') : `${t(`stage.${current.stage}`)} ${t('stage.keep')}`}
          </option>
          {current.next_stages.map((s) => (
            <option key={s} value={s}>
              {t(`stage.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {draft.stage !== current.stage && (
        <>
          <label>
            {t('stage.on')}
            <input
              type="date"
              value={draft.stage_on}
              min={current.stage_changed_on}
              max={today()}
              onChange={(e) => set({ stage_on: e.target.value })}
            />
          </label>
          <label>
            {t('stage.note')}
            <input value={draft.stage_note} maxLength={1000} onChange={(e) => set({ stage_note: e.target.value })} />
          </label>
        </>
      )}
    </>
  )
}

/** 首报 and the planned signing: the dates the first-report and pre-report duties (DOMAIN rule 4) run from. */
function DateFields({ draft, set }: Omit<StageFieldsProps, 'current'>) {
  const { t } = useI18n()
  return (
    <>
      <label>
        {t('field.firstReportedOn')}
        <input
          type="date"
          value={draft.first_reported_on ?? ''}
          onChange={(e) => set({ first_reported_on: e.target.value || null })}
        />
      </label>
      <label>
        {t('field.plannedSigning')}
        <input
          type="date"
          value={draft.planned_signing_on ?? ''}
          onChange={(e) => set({ planned_signing_on: e.target.value || null })}
        />
      </label>
    </>
  )
}

/** The land asked for: its category (`none` for a project without land, approved at tier T0) and its size in mu. */
function LandFields({ draft, set }: Omit<StageFieldsProps, 'current'>) {
  const { t } = useI18n()
  return (
    <>
      <label>
        {t('field.landCategory')}
        <select
          value={draft.land_category}
          onChange={(e) => set({ land_category: e.target.value as Draft['land_category'] })}
          data-testid="land-category-select"
        >
          {landCategories.map((category) => (
            <option key={category} value={category}>
              {t(`category.${category}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('field.landNeed')}（{t('mu')}）
        <input
          type="number"
          min={0}
          step={0.1}
          value={draft.land_need_mu ?? ''}
          onChange={(e) => set({ land_need_mu: numberOrNull(e.target.value) })}
        />
      </label>
    </>
  )
}
