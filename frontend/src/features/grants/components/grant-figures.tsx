import { DataTable } from '@/components/ui/data-table';
import { Fact } from '@/components/ui/facts';
import { QueryState } from '@/components/ui/query-state';
import { useI18n } from '@/lib/i18n';
import { formatNumber } from '@/utils/format';
import { useGrantFigures, type GrantFigureRow } from '../api/grants';
import { formatYen } from '../utils/format';
import '../i18n';
import './grants.css';

/** 予算執行状況 of one program: budget, computed, decided, paid, final, refunds and what is left, with the breakdowns. */
export function GrantFiguresPanel({ programId }: { programId: number }) {
  const { t, lang } = useI18n();
  const figures = useGrantFigures(programId, true);
  const yen = (n: number | null | undefined) => formatYen(n, t, lang);
  return (
    <QueryState query={figures}>
      {(f) => (
        <>
          <dl className="facts grant-figures-facts" data-testid="grant-figures">
            <Fact label={t('grant.budgetYen')}>{f.budgetYen === null ? t('grant.noBudget') : yen(f.budgetYen)}</Fact>
            <Fact label={t('grant.computedTotal')}>{yen(f.total.computedYen)}</Fact>
            <Fact label={t('grant.decidedTotal')}>
              {yen(f.total.decidedYen)} <span className="muted">{t('grant.casesCount', { n: formatNumber(f.total.decidedCases, lang) })}</span>
            </Fact>
            <Fact label={t('grant.paidTotal')}>{yen(f.total.paidYen)}</Fact>
            <Fact label={t('grant.finalTotal')}>{yen(f.total.finalYen)}</Fact>
            <Fact label={t('grant.refundTotal')}>
              {f.total.refundYen > 0 ? <span className="grant-refund">{yen(f.total.refundYen)}</span> : yen(f.total.refundYen)}
            </Fact>
            <Fact label={t('grant.remainingBudget')}>
              {f.remainingYen === null ? (
                '—'
              ) : f.remainingYen < 0 ? (
                <span className="grant-over-budget">{t('grant.overBudget', { yen: yen(-f.remainingYen) })}</span>
              ) : (
                yen(f.remainingYen)
              )}
            </Fact>
            <Fact label={t('grant.casesTotal')}>{t('grant.casesCount', { n: formatNumber(f.total.cases, lang) })}</Fact>
            <Fact label={t('grant.notSubmittedCount')}>{t('grant.casesCount', { n: formatNumber(f.total.notSubmitted, lang) })}</Fact>
          </dl>
          {f.wards.length + f.districts.length > 0 ? (
            <details className="grant-breakdown">
              <summary>{t('grant.breakdown')}</summary>
              <h3>{t('grant.byWard')}</h3>
              <FigureTable label={t('grant.byWard')} nameHeader={t('grant.ward')} rows={f.wards} />
              <h3>{t('grant.byDistrict')}</h3>
              <FigureTable label={t('grant.byDistrict')} nameHeader={t('grant.district')} rows={f.districts} />
            </details>
          ) : null}
        </>
      )}
    </QueryState>
  );
}

function FigureTable({ label, nameHeader, rows }: { label: string; nameHeader: string; rows: readonly GrantFigureRow[] }) {
  const { t, lang } = useI18n();
  const yen = (n: number) => formatYen(n, t, lang);
  const count = (n: number) => formatNumber(n, lang);
  if (rows.length === 0) return <p>{t('grant.noFigures')}</p>;
  return (
    <DataTable
      label={label}
      className="table-compact"
      rows={rows}
      rowKey={(r, i) => `${r.level}-${r.id ?? `none-${i}`}`}
      columns={[
        { key: 'name', header: nameHeader, rowHeader: true, cell: (r) => r.name },
        { key: 'cases', header: t('grant.casesTotal'), num: true, cell: (r) => count(r.cases) },
        { key: 'notSubmitted', header: t('grant.notSubmittedCount'), num: true, cell: (r) => count(r.notSubmitted) },
        { key: 'decidedCases', header: t('grant.decidedCases'), num: true, cell: (r) => count(r.decidedCases) },
        { key: 'computed', header: t('grant.computedYen'), num: true, className: 'nowrap', cell: (r) => yen(r.computedYen) },
        { key: 'decided', header: t('grant.decidedYen'), num: true, className: 'nowrap', cell: (r) => yen(r.decidedYen) },
        { key: 'paid', header: t('grant.paidYen'), num: true, className: 'nowrap', cell: (r) => yen(r.paidYen) },
        { key: 'final', header: t('grant.finalYen'), num: true, className: 'nowrap', cell: (r) => yen(r.finalYen) },
        { key: 'refund', header: t('grant.refundYen'), num: true, className: 'nowrap', cell: (r) => yen(r.refundYen) },
      ]}
    />
  );
}
