import { useI18n } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import { GRANT_STATUSES, type GrantCase, type GrantStatus } from '../api/grants';
import { statusLabel } from '../utils/format';
import '../i18n';
import './grants.css';

/** The status in words (事業計画待ち … 額の確定), never its code. */
export function GrantStatusBadge({ status }: { status: GrantStatus }) {
  const { t } = useI18n();
  return <span className={`grant-badge grant-status-${status.toLowerCase()}`}>{statusLabel(status, t)}</span>;
}

/**
 * The seven steps as an ordered list: those done (with their day), the current one (aria-current), those to come.
 * 事業計画待ち is where a case starts and has no day of its own: it is 省略 only when the plan was never asked for.
 */
export function GrantSteps({ grantCase: c }: { grantCase: GrantCase }) {
  const { t, lang } = useI18n();
  const current = GRANT_STATUSES.indexOf(c.status);
  const dates: (string | undefined)[] = [
    undefined,
    c.planReceivedOn,
    c.appliedOn,
    c.decidedOn,
    c.reportedOn,
    c.inspectedOn,
    c.settledOn,
  ];
  return (
    <ol className="grant-steps" aria-label={t('grant.steps')}>
      {GRANT_STATUSES.map((s, i) => {
        const date = dates[i];
        return (
          <li key={s} className={i < current ? 'done' : undefined} aria-current={i === current ? 'step' : undefined}>
            <span className="step-label">{statusLabel(s, t)}</span>
            {i <= current && date ? <span className="step-date">{formatWarekiDate(date, lang)}</span> : null}
            {i < current && !date && !(i === 0 && c.planReceivedOn) ? <span className="step-date">{t('grant.stepSkipped')}</span> : null}
            {i > current ? <span className="step-date">{t('grant.stepPending')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
