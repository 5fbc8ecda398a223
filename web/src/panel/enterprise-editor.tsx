import type { FormEvent } from 'react'
import { enterpriseFlags as flagKeys } from '../../../server/chains/chain-enums'
import { type FirmPatch, type FirmProperties, loadFirmRecord, saveFirm } from '../api/chains-client'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { FormFooter } from './parcel-editor'
import { useDraft, useShowNewerVersion } from './use-draft'
import { useVersionedRecord } from './use-versioned-record'

type Draft = {
  status: 'existing' | 'target'
  contact_stage: string | null
  contact: string | null
  origin: string | null
  flags: FirmPatch['flags'] & string[]
}

const draftOf = (f: FirmProperties & { version?: number }): Draft => ({
  status: f.status ?? 'existing',
  contact_stage: f.contact_stage ?? null,
  contact: f.contact ?? null,
  origin: f.origin ?? null,
  flags: f.flags as Draft['flags'],
})

/** Promotion staff keep a firm's status, labels and, for a target, where talks stand and whom to call. */
export function EnterpriseEditor({
  id,
  shownVersion,
  onNewVersion,
}: {
  id: number
  shownVersion: number | undefined
  onNewVersion: (firm: FirmProperties) => void
}) {
  const { t } = useI18n()
  const record = useVersionedRecord<FirmProperties & { version: number }>(
    () => loadFirmRecord(id) as never,
    `firm-${id}`,
  )
  const { draft, setDraft, keep } = useDraft(record.record, draftOf)
  useShowNewerVersion(record.record, shownVersion, onNewVersion)
  if (!record.record || !draft) return null
  const original = draftOf(record.record)
  const patch = Object.fromEntries(
    Object.entries(draft).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(original[k as keyof Draft])),
  ) as FirmPatch
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change })
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    keep(patch as Partial<Draft>)
    await record.save((etag) => saveFirm(id, etag, patch) as never)
  }
  const toggleFlag = (flag: (typeof flagKeys)[number]) =>
    set({ flags: draft.flags.includes(flag) ? draft.flags.filter((f) => f !== flag) : [...draft.flags, flag] })
  return (
    <form className="edit-form" onSubmit={submit} data-testid="enterprise-editor">
      <h3>{t('edit')}</h3>
      <label>
        {t('field.status')}
        <select value={draft.status} onChange={(e) => set({ status: e.target.value as Draft['status'] })}>
          <option value="existing">{t('firm.existing')}</option>
          <option value="target">{t('firm.target')}</option>
        </select>
      </label>
      <fieldset className="flag-set">
        {flagKeys.map((flag) => (
          <label key={flag} className="inline">
            <input type="checkbox" checked={draft.flags.includes(flag)} onChange={() => toggleFlag(flag)} />
            {t(`flag.${flag}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('firm.origin')}
        <input value={draft.origin ?? ''} maxLength={100} onChange={(e) => set({ origin: e.target.value || null })} />
      </label>
      <label>
        {t('firm.contactStage')}
        <input
          value={draft.contact_stage ?? ''}
          maxLength={100}
          onChange={(e) => set({ contact_stage: e.target.value || null })}
          data-testid="firm-contact-stage"
        />
      </label>
      <label>
        {t('firm.contact')}
        <input value={draft.contact ?? ''} maxLength={200} onChange={(e) => set({ contact: e.target.value || null })} />
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
