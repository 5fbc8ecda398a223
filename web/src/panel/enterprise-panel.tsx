import { type FirmProperties, loadFirm } from '../api/chains-client'
import { useApiQuery } from '../api/query'
import { useI18n } from '../i18n/i18n'
import type { MessageKey } from '../i18n/messages'

type Translate = ReturnType<typeof useI18n>['t']
type Row = [MessageKey, string | number | null | undefined]

/** A firm's rows: its segment, park and labels; for staff, a target's origin, contact stage and contact. */
export function enterpriseContent(f: FirmProperties, t: Translate, name: ReturnType<typeof useI18n>['name']) {
  const flags = f.flags.map((flag) => t(`flag.${flag}` as MessageKey) ?? flag).join('、')
  const rows: Row[] = [
    [
      'firm.segment',
      f.segment_name
        ? `${name({ name: f.segment_name, name_en: f.segment_name_en })}${f.tier ? `（${t(`chains.${f.tier}`)}）` : ''}`
        : null,
    ],
    ['field.park', name({ name: f.park_name, name_en: f.park_name_en })],
    ['firm.flags', flags || null],
    ['firm.employees', f.employees],
    ['firm.origin', f.origin],
    ['firm.contactStage', f.contact_stage],
    ['firm.contact', f.contact],
  ]
  const badge =
    f.status === 'target' ? (
      <div className="confidential">
        {t('firm.target')} · {t('confidential')}
      </div>
    ) : null
  return { title: name(f), subtitle: '', rows, badge }
}

/** The firms this one buys from and sells to, here in the region: "your suppliers are already here". */
export function FirmNeighbours({ id, onPick }: { id: number; onPick?: (id: number) => void }) {
  const { t, name } = useI18n()
  const { data } = useApiQuery(['firm', id], () => loadFirm(id))
  if (!data) return null
  const list = (title: MessageKey, firms: FirmProperties[]) =>
    firms.length > 0 && (
      <div className="firm-neighbours">
        <h4>
          {t(title)}（{firms.length}）
        </h4>
        <ul className="firm-list">
          {firms.map((f) => (
            <li key={f.id}>
              {onPick ? (
                <button type="button" className="linklike" onClick={() => onPick(f.id)}>
                  {name(f)}
                </button>
              ) : (
                name(f)
              )}
              <small className="muted"> · {name({ name: f.segment_name, name_en: f.segment_name_en })}</small>
            </li>
          ))}
        </ul>
      </div>
    )
  return (
    <div data-testid="firm-neighbours">
      {list('firm.suppliers', data.suppliers)}
      {list('firm.customers', data.customers)}
    </div>
  )
}
