import './workspace.css';
import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { enumLabel, useI18n, type TFunction } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import type { Coverage, CoverageDistrict } from '../api/workspace';

function visit(d: CoverageDistrict, recorded: boolean, t: TFunction, lang: 'ja' | 'en'): string {
  if (!recorded) return t('ws.visitsNotRecorded');
  if (!d.lastVisitOn) return t('ws.neverVisited');
  return t('ws.daysAgo', { days: d.daysSinceLastVisit ?? 0, date: formatWarekiDate(d.lastVisitOn, lang) });
}

/** A warning triangle, drawn (an office PC may have no emoji font); the words beside it say what it means. */
function WarningIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 24 24" className="cov-flag-icon">
      <path d="M12 2 1 21h22L12 2Z" fill="currentColor" />
      <path d="M11 9h2v6h-2zM11 16.5h2v2h-2z" fill="#fff" />
    </svg>
  );
}

/** Why a district stands out, in words with an icon (never by colour alone). */
export function AttentionFlags({ reasons }: { reasons: readonly string[] }) {
  const { t } = useI18n();
  if (reasons.length === 0) return null;
  return (
    <span className="cov-flags">
      {reasons.map((r) => (
        <span key={r} className="cov-flag">
          <WarningIcon />
          {enumLabel(t, 'cov.reason', r)}
        </span>
      ))}
    </span>
  );
}

/** 担当状況: per liaison their districts, then the districts that stand out, in the tables of every page. */
export function CoverageView({ coverage }: { coverage: Coverage }) {
  const { t, lang } = useI18n();
  const sep = lang === 'ja' ? '、' : ', ';
  return (
    <>
      <section aria-labelledby="cov-liaisons" className="ws-section">
        <h2 id="cov-liaisons">{t('cov.liaisons')}</h2>
        <DataTable
          label={t('cov.liaisons')}
          rows={coverage.liaisons}
          rowKey={(l) => l.liaison.userId}
          columns={[
            {
              key: 'liaison',
              header: t('cov.liaison'),
              rowHeader: true,
              cell: (l) => <Link to={`/liaisons/${l.liaison.userId}`}>{l.liaison.displayName}</Link>,
            },
            {
              key: 'districts',
              header: t('cov.districts'),
              className: 'wrap',
              cell: (l) =>
                l.districts.length === 0 ? (
                  <span className="cov-flag">
                    <WarningIcon />
                    {t('cov.none')}
                  </span>
                ) : (
                  <ul className="plain-list cov-districts">
                    {l.districts.map((d) => (
                      <li key={d.district.id}>
                        <Link to={`/districts/${d.district.id}`}>{d.district.name}</Link>{' '}
                        <span className="muted">{visit(d, coverage.visitsRecorded, t, lang)}</span>{' '}
                        <AttentionFlags reasons={d.attention} />
                      </li>
                    ))}
                  </ul>
                ),
            },
            { key: 'followUps', header: t('cov.followUps'), num: true, cell: (l) => t('ws.count', { count: l.openFollowUps }) },
          ]}
        />
      </section>
      <section aria-labelledby="cov-attention" className="ws-section">
        <h2 id="cov-attention">{t('cov.attention', { days: coverage.staleDays })}</h2>
        {coverage.attention.length === 0 ? (
          <p>{t('cov.allCovered')}</p>
        ) : (
          <DataTable
            label={t('cov.attentionTable')}
            rows={coverage.attention}
            rowKey={(d) => d.district.id}
            columns={[
              {
                key: 'district',
                header: t('cov.district'),
                rowHeader: true,
                cell: (d) => <Link to={`/districts/${d.district.id}`}>{d.district.name}</Link>,
              },
              { key: 'ward', header: t('cov.ward'), cell: (d) => d.district.wardName },
              { key: 'why', header: t('cov.why'), cell: (d) => <AttentionFlags reasons={d.attention} /> },
              {
                key: 'liaisons',
                header: t('cov.liaison'),
                cell: (d) => (d.liaisons.length > 0 ? d.liaisons.map((l) => l.displayName).join(sep) : t('cov.nobody')),
              },
              coverage.visitsRecorded
                ? { key: 'visit', header: t('cov.lastVisit'), cell: (d) => visit(d, true, t, lang) }
                : null,
              { key: 'followUps', header: t('cov.followUps'), num: true, cell: (d) => t('ws.count', { count: d.openFollowUps }) },
            ]}
          />
        )}
      </section>
    </>
  );
}
