import type { ProjectProperties } from '../api/client'
import { loadTimeline } from '../api/pipeline-client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import { LightDot } from '../pipeline/light-dot'

/** What the rules say about this project today, each with the figure or rule that decided it. */
export function ProjectRules({ p }: { p: ProjectProperties }) {
  const { t, name } = useI18n()
  const duty = (on: boolean) => t(on ? 'rules.required' : 'rules.notRequired')
  return (
    <div className="project-rules" data-testid="project-rules">
      <h3>
        {t('rules.title')} <LightDot light={p.light} />
      </h3>
      <dl>
        <dt>{t('rules.tier')}</dt>
        <dd>
          {t(`tier.${p.approval_tier}`)}
          <small>{name({ name: p.approval_rule_zh, name_en: p.approval_rule })}</small>
        </dd>
        <dt>{t('rules.firstReport')}</dt>
        <dd>
          {duty(p.first_report)}
          {p.first_talk_ends_on && (
            <small>
              {t('rules.firstTalkEnds')} {p.first_talk_ends_on}
            </small>
          )}
        </dd>
        <dt>{t('rules.preReport')}</dt>
        <dd>
          {duty(p.pre_report)}
          {p.pre_report_due_on && <small>{p.pre_report_due_on}</small>}
        </dd>
        {p.land_deadline && (
          <>
            <dt>{t('rules.landDeadline')}</dt>
            <dd>
              {p.land_deadline}
              {p.land_late && <small className="overdue">{t('rules.landLate')}</small>}
            </dd>
          </>
        )}
        <dt>{t('rules.stageDays')}</dt>
        <dd>
          {p.days_in_stage}
          {p.days_allowed !== null && ` / ${p.days_allowed}`}
        </dd>
      </dl>
      <ReportBreaches p={p} />
      {p.warnings.length > 0 && (
        <ul className="warning-list">
          {p.warnings.map((w) => (
            <li key={w.kind} className={`warning-${w.level}`}>
              <LightDot light={w.level} /> {t(`warning.${w.kind}`)} · {w.due_on}（{w.days_left}）
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** 001 §3: what a signing broke and why, and another unit's open first-talk window on the same company. */
function ReportBreaches({ p }: { p: ProjectProperties }) {
  const { t, name } = useI18n()
  if (p.report_breaches.length === 0 && !p.first_report_holder) return null
  return (
    <div className="report-breaches" data-testid="report-breaches">
      {p.report_breaches.length > 0 && (
        <>
          <strong className="overdue">{t('rules.breaches')}</strong>
          <ul className="warning-list">
            {p.report_breaches.map((b) => (
              <li key={b.kind} className="warning-red">
                <LightDot light="red" /> {name({ name: b.reason_zh, name_en: b.reason })}
              </li>
            ))}
          </ul>
          <small className="overdue">{t('rules.creditExcluded')}</small>
        </>
      )}
      {p.first_report_holder && (
        <p className="warning-yellow">
          {t('rules.holder', { project: p.first_report_holder.project_code, until: p.first_report_holder.until })}
        </p>
      )}
    </div>
  )
}

/** The stage changes, oldest first: when, by whom, why. */
export function ProjectTimeline({ id }: { id: number }) {
  const { t } = useI18n()
  const { data } = useApiQuery(['timeline', id], () => loadTimeline(id))
  if (!data || data.length === 0) return null
  return (
    <div className="timeline" data-testid="project-timeline">
      <h3>{t('timeline.title')}</h3>
      <ol>
        {data.map((e) => (
          <li key={e.id}>
            <time>{e.on_date}</time>
            <strong>{t(`stage.${e.to_stage}`)}</strong>
            <span className="muted"> · {e.actor}</span>
            {e.note && <div className="note">{e.note}</div>}
          </li>
        ))}
      </ol>
    </div>
  )
}
