import type { FormEvent } from 'react'
import type { ProjectPatch, ProjectProperties } from '../api/client'
import { loadProjectRecord, saveProject } from '../api/staff-client'
import { useI18n } from '../i18n/i18n'
import { projectStages } from '../map/theme'
import { FormFooter } from './parcel-editor'
import { useDraft, useShowNewerVersion } from './use-draft'
import { useVersionedRecord } from './use-versioned-record'

type Draft = Required<Pick<ProjectPatch, 'stage' | 'responsible' | 'notes' | 'land_need_mu' | 'total_investment_wan'>>

const draftOf = (p: ProjectProperties): Draft => ({
  stage: p.stage, responsible: p.responsible, notes: p.notes, land_need_mu: p.land_need_mu, total_investment_wan: p.total_investment_wan,
})

const numberOrNull = (value: string) => (value === '' ? null : Number(value))

export function ProjectEditor({ id, shownVersion, onNewVersion }: { id: number; shownVersion: number | undefined; onNewVersion: (project: ProjectProperties) => void }) {
  const { t } = useI18n()
  const record = useVersionedRecord<ProjectProperties>(() => loadProjectRecord<ProjectProperties>(id), `project-${id}`)
  const { draft, setDraft, keep } = useDraft(record.record, draftOf)
  useShowNewerVersion(record.record, shownVersion, onNewVersion)
  if (!record.record || !draft) return null
  const original = draftOf(record.record)
  const patch = Object.fromEntries(Object.entries(draft).filter(([k, v]) => v !== original[k as keyof Draft])) as ProjectPatch
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    keep(patch as Partial<Draft>)
    await record.save((etag) => saveProject<ProjectProperties>(id, etag, patch))
  }
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change })
  return (
    <form className="edit-form" onSubmit={submit} data-testid="project-editor">
      <h3>{t('edit')}</h3>
      <label>
        {t('field.stage')}
        <select value={draft.stage} onChange={(e) => set({ stage: e.target.value as Draft['stage'] })}>
          {projectStages.map((s) => <option key={s} value={s}>{t(`stage.${s}`)}</option>)}
        </select>
      </label>
      <label>{t('field.responsible')}<input value={draft.responsible ?? ''} maxLength={100} onChange={(e) => set({ responsible: e.target.value || null })} /></label>
      <label>{t('field.landNeed')}（{t('mu')}）<input type="number" min={0} step={0.1} value={draft.land_need_mu ?? ''} onChange={(e) => set({ land_need_mu: numberOrNull(e.target.value) })} /></label>
      <label>{t('field.investment')}（{t('wanUnit')}）<input type="number" min={0} step={1} value={draft.total_investment_wan ?? ''} onChange={(e) => set({ total_investment_wan: numberOrNull(e.target.value) })} /></label>
      <label>{t('field.notes')}<textarea rows={3} maxLength={5000} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} /></label>
      <FormFooter notice={record.notice} error={record.error} disabled={record.saving || Object.keys(patch).length === 0} onReset={() => setDraft(original)} />
    </form>
  )
}
