import './journey.css'
import { useMutation, useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { ApiRequestError } from '../api/client'
import { type LeadSite, type LeadSubmission, openLeadForm, submitLead } from '../api/leads-client'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'
import { Dialog } from './dialog'

export interface InterestTarget extends LeadSite {
  /** How the site reads to the visitor: a parcel code, a block with its size. */
  label: string
}

type TextField = 'company' | 'contact_name' | 'phone' | 'email' | 'industry' | 'message' | 'website'
type NumberField = 'land_need_mu' | 'investment_wan'

const textFields: [TextField, MessageKey, string][] = [
  ['company', 'interest.company', 'organization'],
  ['contact_name', 'interest.contactName', 'name'],
  ['phone', 'interest.phone', 'tel'],
  ['email', 'interest.email', 'email'],
  ['industry', 'interest.industry', 'off'],
]
const numberFields: [NumberField, MessageKey][] = [
  ['land_need_mu', 'interest.landNeed'],
  ['investment_wan', 'interest.investment'],
]

/** The submission from what was typed: blanks left out, so the server names only what is really wrong. */
function submission(values: Record<string, string>, lang: 'zh' | 'en', site: InterestTarget | null, token?: string) {
  const text = (key: TextField) => values[key]?.trim() || undefined
  const number = (key: NumberField) => (values[key] ? Number(values[key]) : undefined)
  return {
    company: values.company ?? '',
    contact_name: values.contact_name ?? '',
    phone: text('phone'),
    email: text('email'),
    industry: text('industry'),
    message: text('message'),
    land_need_mu: number('land_need_mu'),
    investment_wan: number('investment_wan'),
    language: (values.language as 'zh' | 'en' | undefined) ?? lang,
    consent: values.consent === 'yes',
    sites: site ? [{ kind: site.kind, ref: site.ref }] : undefined,
    website: values.website || undefined,
    form_token: token,
  } as LeadSubmission
}

/** "I'm interested": a short public form (PIPL consent, privacy note); the answer is a reference number. */
export function InterestForm({ site, onClose }: { site: InterestTarget | null; onClose: () => void }) {
  const { t, lang } = useI18n()
  const [values, setValues] = useState<Record<string, string>>({})
  const token = useQuery({ queryKey: ['lead-form'], queryFn: openLeadForm, staleTime: Number.POSITIVE_INFINITY })
  const send = useMutation({ mutationFn: submitLead })
  const set = (key: string, value: string) => setValues((v) => ({ ...v, [key]: value }))
  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    send.mutate(submission(values, lang, site, token.data?.form_token))
  }
  const error = send.error instanceof ApiRequestError ? send.error.message : send.error ? String(send.error) : null
  return (
    <Dialog label={t('interest.title')} testId="interest-form" onClose={onClose}>
      {send.data ? (
        <Thanks reference={send.data.reference} onClose={onClose} />
      ) : (
        <form onSubmit={onSubmit}>
          <p className="hint">{t('interest.intro')}</p>
          {site && <p>{`${t('interest.site')}: ${site.label}`}</p>}
          <InterestFields values={values} set={set} space={site?.kind === 'building'} />
          {error && (
            <div className="form-error" role="alert">
              {error}
            </div>
          )}
          <div className="form-buttons">
            <button type="button" onClick={onClose}>
              {t('interest.cancel')}
            </button>
            <button type="submit" className="primary" disabled={send.isPending} data-testid="interest-send">
              {send.isPending ? t('interest.sending') : t('interest.send')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  )
}

function Thanks({ reference, onClose }: { reference: string; onClose: () => void }) {
  const { t } = useI18n()
  return (
    <>
      <p role="status" data-testid="interest-thanks">
        {t('interest.thanks', { reference })}
      </p>
      <div className="form-buttons">
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </>
  )
}

/** `space`: the visitor asks about a building, so the form does not ask how many mu of land. */
function InterestFields({
  values,
  set,
  space,
}: {
  values: Record<string, string>
  set: (key: string, value: string) => void
  space: boolean
}) {
  const { t, lang } = useI18n()
  return (
    <div className="dialog-fields">
      {textFields.map(([key, label, autoComplete]) => (
        <label key={key}>
          {t(label)}
          <input
            value={values[key] ?? ''}
            autoComplete={autoComplete}
            maxLength={200}
            onChange={(e) => set(key, e.target.value)}
            data-testid={`interest-${key}`}
          />
        </label>
      ))}
      <p className="hint wide">{t('interest.phoneOrEmail')}</p>
      {numberFields
        .filter(([key]) => !(space && key === 'land_need_mu'))
        .map(([key, label]) => (
          <label key={key}>
            {t(label)}
            <input type="number" min={0} value={values[key] ?? ''} onChange={(e) => set(key, e.target.value)} />
          </label>
        ))}
      <label>
        {t('interest.language')}
        <select value={values.language ?? lang} onChange={(e) => set('language', e.target.value)}>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <label className="wide">
        {t('interest.message')}
        <textarea
          rows={3}
          maxLength={2000}
          value={values.message ?? ''}
          onChange={(e) => set('message', e.target.value)}
        />
      </label>
      {/* A field people never see: bots fill every field they find. */}
      <label className="honeypot" aria-hidden="true">
        {t('interest.website')}
        <input
          tabIndex={-1}
          autoComplete="off"
          value={values.website ?? ''}
          onChange={(e) => set('website', e.target.value)}
        />
      </label>
      <label className="inline wide">
        <input
          type="checkbox"
          checked={values.consent === 'yes'}
          onChange={(e) => set('consent', e.target.checked ? 'yes' : '')}
          data-testid="interest-consent"
        />
        {t('interest.consent')}
      </label>
      <p className="hint wide">{t('interest.privacy')}</p>
    </div>
  )
}
