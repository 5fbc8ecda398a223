import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { type Lead, type LeadPatch, loadLeads, patchLead } from '../api/leads-client'
import { useApiQuery, useInvalidate } from '../api/query'
import { useSession } from '../auth/session-context'
import { useI18n } from '../i18n/i18n'
import { LightDot } from './light-dot'

const columns = [
  'col.light',
  'leads.received',
  'leads.company',
  'leads.contact',
  'leads.need',
  'leads.sites',
  'leads.status',
  'leads.owner',
] as const

/** The interest form's leads, newest first: who waits how long (3 working days yellow, 7 red), and what to do. */
export function LeadsTab({ onPick }: { onPick: (projectId: number) => void }) {
  const { t } = useI18n()
  const { data, error } = useApiQuery(['leads'], () => loadLeads())
  return (
    <div className="board-tab" data-testid="leads-tab">
      {error && <div className="form-error">{error}</div>}
      <div className="board-table-wrap">
        <table className="board-table">
          <thead>
            <tr>
              {columns.map((k) => (
                <th key={k}>{t(k)}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {data?.leads.map((lead) => (
              <LeadRow key={lead.id} lead={lead} onPick={onPick} />
            ))}
          </tbody>
        </table>
        {data && data.leads.length === 0 && <p className="muted">{t('leads.none')}</p>}
      </div>
    </div>
  )
}

function LeadRow({ lead, onPick }: { lead: Lead; onPick: (projectId: number) => void }) {
  const { t } = useI18n()
  const need = [lead.land_need_mu && `${lead.land_need_mu} ${t('mu')}`, lead.industry].filter(Boolean).join(' · ')
  return (
    <tr data-testid={`lead-${lead.reference}`}>
      <td>
        <LightDot light={lead.light} />
        <div className="muted">{t('leads.waiting', { count: lead.working_days_open })}</div>
      </td>
      <td>
        {lead.created_at.slice(0, 10)}
        <div className="muted">{lead.reference}</div>
      </td>
      <td>
        <button type="button" className="link-button" onClick={() => onPick(lead.project_id)}>
          {lead.company}
        </button>
        {lead.message && <div className="muted">{lead.message}</div>}
      </td>
      <td>{[lead.contact_name, lead.phone, lead.email].filter(Boolean).join(' · ')}</td>
      <td>{need}</td>
      <td>{lead.sites.map((s) => (s.kind === 'building' ? `${t('building')} #${s.ref}` : s.ref)).join('、')}</td>
      <td>{t(`leads.status.${lead.status}`)}</td>
      <td>{lead.owner_name}</td>
      <td>
        <LeadActions lead={lead} />
      </td>
    </tr>
  )
}

/** Take it, make it a project, or decline it with a reason: each saved against the lead's version. */
function LeadActions({ lead }: { lead: Lead }) {
  const { t } = useI18n()
  const { session, can } = useSession()
  const invalidate = useInvalidate()
  const [reason, setReason] = useState('')
  const decide = useMutation({
    mutationFn: (patch: LeadPatch) => patchLead(lead, patch),
    onSuccess: () => Promise.all([invalidate(['leads']), invalidate(['projects'])]),
  })
  if (!can('leads', 'update') || lead.status === 'converted' || lead.status === 'rejected') return null
  const me = session?.user?.id
  return (
    <div className="lead-actions">
      {lead.status === 'new' && me && (
        <button type="button" onClick={() => decide.mutate({ owner_id: me })} disabled={decide.isPending}>
          {t('leads.assignMe')}
        </button>
      )}
      <button type="button" onClick={() => decide.mutate({ status: 'converted' })} disabled={decide.isPending}>
        {t('leads.convert')}
      </button>
      <input
        placeholder={t('leads.rejectReason')}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
      />
      <button
        type="button"
        onClick={() => decide.mutate({ status: 'rejected', reject_reason: reason })}
        disabled={decide.isPending || !reason.trim()}
      >
        {t('leads.reject')}
      </button>
      {decide.error && <div className="form-error">{decide.error.message}</div>}
    </div>
  )
}
