import { type FormEvent, useState } from 'react'
import { idleCategories } from '../../../server/land/parcels.table'
import type { ParcelPatch, ParcelProperties } from '../api/client'
import { loadParcelRecord, saveParcel } from '../api/staff-client'
import { useI18n } from '../i18n/i18n'
import { parcelStatuses } from '../map/theme'
import { useDraft, useShowNewerVersion } from './use-draft'
import { useVersionedRecord } from './use-versioned-record'

type StaffParcel = ParcelProperties & { version: number }
type Draft = Required<
  Pick<
    ParcelPatch,
    | 'status'
    | 'idle_category'
    | 'published'
    | 'start_price'
    | 'available_from'
    | 'contact'
    | 'tenure_years'
    | 'far_max'
    | 'is_net_land'
    | 'is_standard_land'
    | 'location_desc'
  >
>

const draftOf = (p: StaffParcel): Draft => ({
  status: p.status,
  idle_category: p.idle_category ?? null,
  published: p.published ?? false,
  start_price: p.start_price,
  available_from: p.available_from,
  contact: p.contact ?? null,
  tenure_years: p.tenure_years,
  far_max: p.far_max,
  is_net_land: p.is_net_land,
  is_standard_land: p.is_standard_land,
  location_desc: p.location_desc,
})

const numberOrNull = (text: string) => (text === '' ? null : Number(text))

/** Only the fields the planner changed go to the server, with the version they started from. */
function changedFields(draft: Draft, original: Draft): ParcelPatch {
  const patch: Record<string, unknown> = {}
  for (const key of Object.keys(draft) as (keyof Draft)[]) if (draft[key] !== original[key]) patch[key] = draft[key]
  if (patch.status === 'idle' || patch.idle_category !== undefined)
    Object.assign(patch, { status: draft.status, idle_category: draft.idle_category })
  if (draft.status !== 'idle') delete patch.idle_category
  return patch as ParcelPatch
}

export function ParcelEditor({
  id,
  shownVersion,
  onNewVersion,
}: {
  id: number
  shownVersion: number | undefined
  onNewVersion: (parcel: StaffParcel) => void
}) {
  const { t } = useI18n()
  const record = useVersionedRecord<StaffParcel>(() => loadParcelRecord<StaffParcel>(id), `parcel-${id}`)
  const { draft, setDraft, keep } = useDraft(record.record, draftOf)
  const [warnings, setWarnings] = useState<string[]>([])
  useShowNewerVersion(record.record, shownVersion, onNewVersion)
  if (!record.record || !draft) return null
  const original = draftOf(record.record)
  const patch = changedFields(draft, original)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    keep(patch as Partial<Draft>)
    setWarnings([])
    await record.save(async (etag) => {
      const saved = await saveParcel<StaffParcel>(id, etag, patch)
      // E.g. holding part of a 200-mu block: allowed, but the planner must know (整体出让).
      setWarnings(((saved.body as { warnings?: { message: string }[] }).warnings ?? []).map((w) => w.message))
      return saved
    })
  }
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change })
  return (
    <form className="edit-form" onSubmit={submit} data-testid="parcel-editor">
      <h3>{t('edit')}</h3>
      <ParcelFields draft={draft} set={set} />
      {warnings.map((warning) => (
        <div key={warning} className="form-warning" role="alert" data-testid="edit-warning">
          {warning}
        </div>
      ))}
      <FormFooter
        notice={record.notice}
        error={record.error}
        disabled={record.saving || Object.keys(patch).length === 0}
        onReset={() => setDraft(original)}
      />
    </form>
  )
}

function ParcelFields({ draft, set }: { draft: Draft; set: (change: Partial<Draft>) => void }) {
  const { t } = useI18n()
  return (
    <>
      <label>
        {t('field.status')}
        <select
          value={draft.status}
          onChange={(e) =>
            set({
              status: e.target.value as Draft['status'],
              idle_category: e.target.value === 'idle' ? idleCategories[0] : null,
            })
          }
        >
          {parcelStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {draft.status === 'idle' && (
        <label>
          {t('field.idleCategory')}
          <select
            value={draft.idle_category ?? ''}
            onChange={(e) => set({ idle_category: e.target.value as Draft['idle_category'] })}
          >
            {idleCategories.map((c) => (
              <option key={c} value={c}>
                {t(`idle.${c}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="inline">
        <input type="checkbox" checked={draft.published} onChange={(e) => set({ published: e.target.checked })} />
        {t('field.published')}
      </label>
      <label>
        {t('field.price')}（{t('priceUnit')}）
        <input
          type="number"
          min={0}
          step={0.1}
          value={draft.start_price ?? ''}
          onChange={(e) => set({ start_price: numberOrNull(e.target.value) })}
          data-testid="edit-start_price"
        />
      </label>
      <label>
        {t('field.availableFrom')}
        <input
          type="date"
          value={draft.available_from ?? ''}
          onChange={(e) => set({ available_from: e.target.value || null })}
        />
      </label>
      <label>
        {t('field.contact')}
        <input value={draft.contact ?? ''} maxLength={200} onChange={(e) => set({ contact: e.target.value || null })} />
      </label>
      <label>
        {t('field.tenure')}（{t('years')}）
        <input
          type="number"
          min={1}
          max={70}
          value={draft.tenure_years ?? ''}
          onChange={(e) => set({ tenure_years: numberOrNull(e.target.value) })}
        />
      </label>
      <label>
        {t('field.far')}
        <input
          type="number"
          min={0}
          max={99}
          step={0.1}
          value={draft.far_max ?? ''}
          onChange={(e) => set({ far_max: numberOrNull(e.target.value) })}
        />
      </label>
      <label>
        {t('field.location')}
        <input value={draft.location_desc} maxLength={500} onChange={(e) => set({ location_desc: e.target.value })} />
      </label>
      <label className="inline">
        <input type="checkbox" checked={draft.is_net_land} onChange={(e) => set({ is_net_land: e.target.checked })} />
        {t('field.netLand')}
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={draft.is_standard_land}
          onChange={(e) => set({ is_standard_land: e.target.checked })}
        />
        {t('field.standardLand')}
      </label>
    </>
  )
}

export function FormFooter({
  notice,
  error,
  disabled,
  onReset,
}: {
  notice: string | null
  error: string | null
  disabled: boolean
  onReset: () => void
}) {
  const { t } = useI18n()
  return (
    <>
      {notice && (
        <div className={notice === 'saved' ? 'form-ok' : 'form-warning'} role="status">
          {t(notice as 'saved')}
        </div>
      )}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={disabled}>
          {t('save')}
        </button>
        <button type="button" onClick={onReset} disabled={disabled}>
          {t('cancel')}
        </button>
      </div>
    </>
  )
}
