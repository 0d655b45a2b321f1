import './workspace.css';
import { Link } from 'react-router';
import { enumLabel, isMessageKey, useI18n } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import type { OfficeWorklist } from '../api/workspace';

/**
 * 事務局のやること: what the office has to do that belongs to no single district — the empty seats of the city-wide
 * council's and the city's bodies, terms ending with nobody lined up — by due date, undated last; each links to where
 * it is done, with how many it stands for (欠員 2).
 */
export function OfficeWorklistView({ worklist }: { worklist: OfficeWorklist }) {
  const { t, lang } = useI18n();
  if (worklist.items.length === 0) return <p>{t('ws.office.empty')}</p>;
  const countText = (kind: string, count: number) => {
    const key = `ws.office.count.${kind}`;
    const n = formatNumber(count, lang);
    return isMessageKey(key) ? t(key, { count: n }) : t('ws.office.count', { count: n });
  };
  return (
    <ol className="ws-worklist" data-testid="office-worklist">
      {worklist.items.map((i) => (
        <li key={`${i.kind}-${i.link}-${i.title}`} className={i.overdue ? 'is-overdue' : undefined}>
          <span className="ws-due">
            {i.due ? formatWarekiDate(i.due, lang) : t('ws.undated')}
            {i.overdue ? <strong className="ws-overdue"> {t('ws.overdue')}</strong> : null}
          </span>{' '}
          <span className="ws-kind">{enumLabel(t, 'ws.kind', i.kind)}</span> <Link to={i.link}>{i.title}</Link>{' '}
          <strong className="ws-count">{countText(i.kind, i.count)}</strong>
        </li>
      ))}
    </ol>
  );
}
