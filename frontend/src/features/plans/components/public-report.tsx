import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { useI18n } from '@/lib/i18n';
import { formatDateTime, formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber, formatPercent } from '@/utils/format';
import type { PublicReport } from '../api/types';
import { codePath, formatValue, gradeDescription, gradeText, sortedGrades } from '../utils/format';
import { originalPaths } from '../utils/tree';
import { type Variant, type BranchProps, heading, PublicInitiativeItem } from './public-initiative';
import './plans.css';
import './public-report.css';

/** 令和8年度 進捗状況と評価 — the report's title, used by the page heading and the document title. */
export function reportTitle(t: ReturnType<typeof useI18n>['t'], lang: 'ja' | 'en', report: PublicReport): string {
  const plan = lang === 'en' ? report.plan.nameEn ?? report.plan.name : report.plan.name;
  const year = formatFiscalYear(report.fiscalYear, lang);
  return t('public.reportTitle', { plan, year });
}

/**
 * A published annual report (公表資料) as anyone reads it: the committee's overall opinion, the review of city
 * requests, the rating scale, and every initiative of the plan with the year's progress and its evaluation,
 * a corrected evaluation with the version it replaced. `print` writes everything out (no disclosures) for paper.
 */
export function PublicReportView({
  report,
  variant = 'screen',
  revisionHref,
}: {
  report: PublicReport;
  variant?: Variant;
  /** Link to another revision of the same year (screen only). */
  revisionHref?: (revision: number) => string;
}) {
  const { t, lang } = useI18n();
  const grades = sortedGrades(report.grades);
  const originals = originalPaths(report.nodes);
  const revisions = [...(report.revisions ?? [])].sort((a, b) => b.revision - a.revision);
  return (
    <div className={`public-report public-report-${variant}`}>
      <dl className="facts report-meta">
        <div>
          <dt>{t('public.meta.plan')}</dt>
          <dd>{lang === 'en' ? report.plan.nameEn ?? report.plan.name : report.plan.name}</dd>
        </div>
        <div>
          <dt>{t('public.meta.owner')}</dt>
          <dd>{report.plan.owner}</dd>
        </div>
        <div>
          <dt>{t('public.meta.fiscalYear')}</dt>
          <dd>{formatFiscalYear(report.fiscalYear, lang)}</dd>
        </div>
        <div>
          <dt>{t('public.meta.publishedAt')}</dt>
          <dd>{report.publishedAt ? formatDateTime(report.publishedAt, lang) : t('public.notYetPublished')}</dd>
        </div>
        <div>
          <dt>{t('public.meta.revision')}</dt>
          <dd>{t('evaluation.revision', { revision: report.revision })}</dd>
        </div>
        {report.note ? (
          <div className="facts-wide">
            <dt>{t('public.meta.note')}</dt>
            <dd className="pre-line">{report.note}</dd>
          </div>
        ) : null}
      </dl>

      {variant === 'screen' && revisionHref && revisions.length > 1 ? (
        <section aria-labelledby="report-revisions" className="no-print report-section">
          <h2 id="report-revisions">{t('public.revisions')}</h2>
          <ul className="plain-list">
            {revisions.map((r) => (
              <li key={r.revision}>
                {r.revision === report.revision ? (
                  <span aria-current="page">
                    <strong>{t('evaluation.revision', { revision: r.revision })}</strong>
                  </span>
                ) : (
                  <Link to={revisionHref(r.revision)}>{t('evaluation.revision', { revision: r.revision })}</Link>
                )}{' '}
                {r.publishedAt ? formatWarekiDate(r.publishedAt, lang) : ''} {r.note ?? ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="report-opinion" className="report-section">
        <h2 id="report-opinion">{t('public.opinion')}</h2>
        {report.opinion?.comment || report.opinion?.recommendation ? (
          <>
            {report.opinion.comment ? <p className="pre-line">{report.opinion.comment}</p> : null}
            {report.opinion.recommendation ? (
              <>
                <h3>{t('evaluation.opinionRecommendation')}</h3>
                <p className="pre-line">{report.opinion.recommendation}</p>
              </>
            ) : null}
          </>
        ) : (
          <p>{t('public.noOpinion')}</p>
        )}
      </section>

      <RequestReview report={report} />

      {grades.length > 0 ? (
        <section aria-labelledby="report-grades" className="report-section">
          <h2 id="report-grades">{t('evaluation.grades')}</h2>
          <dl className="grade-list">
            {grades.map((g) => (
              <div key={g.code}>
                <dt>{gradeText(lang, grades, g.code)}</dt>
                <dd>{gradeDescription(lang, g)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      {report.nodes.map((node, i) => (
        <PublicBranch key={i} node={node} codes={[]} grades={grades} originals={originals} variant={variant} />
      ))}
    </div>
  );
}

/** 協力依頼件数 and 負担時間 of the year against the review cycle's baseline year, with the share cut. */
function RequestReview({ report }: { report: PublicReport }) {
  const { t, lang } = useI18n();
  const r = report.requestReview;
  if (!r) return null;
  const year = formatFiscalYear(r.fiscalYear, lang);
  const baseline = formatFiscalYear(r.baselineYear, lang);
  const caption = t('public.rr.caption', { year, baseline });
  return (
    <section aria-labelledby="report-rr" className="report-section">
      <h2 id="report-rr">{t('public.requestReview')}</h2>
      <p>{t('public.rr.lead')}</p>
      <DataTable
        label={caption}
        showCaption
        scroll={false}
        className="report-table"
        rows={[
          {
            item: t('public.rr.requests'),
            baseline: formatNumber(r.baselineCooperationRequests, lang),
            year: formatNumber(r.cooperationRequests, lang),
            cut: formatPercent(r.requestsCutShare),
          },
          {
            item: t('public.rr.hours'),
            baseline: formatValue(r.baselineHours, lang),
            year: formatValue(r.hours, lang),
            cut: formatPercent(r.hoursCutShare),
          },
        ]}
        rowKey={(row) => row.item}
        columns={[
          { key: 'item', header: t('public.rr.item'), rowHeader: true, cell: (row) => row.item },
          { key: 'baseline', header: t('public.rr.baseline', { year: baseline }), num: true, cell: (row) => row.baseline },
          { key: 'year', header: year, num: true, cell: (row) => row.year },
          { key: 'cut', header: t('public.rr.cut'), num: true, cell: (row) => row.cut },
        ]}
      />
    </section>
  );
}

/** A pillar, direction or measure with what is under it. Pillars start a new page on paper. */
function PublicBranch({ node, codes, ...rest }: BranchProps) {
  const here = [...codes, node.code];
  if (node.initiative) return <PublicInitiativeItem node={node} codes={codes} {...rest} />;
  const depth = node.depth;
  const path = codePath(here);
  return (
    <section className={`report-node report-depth-${Math.min(depth, 3)}`}>
      {heading(
        2 + depth,
        'report-node-title',
        <>
          {path ? <span className="plan-code">{path}</span> : null} {node.title}
        </>,
      )}
      {node.description ? <p className="pre-line report-node-description">{node.description}</p> : null}
      {node.children.map((child, i) => (
        <PublicBranch key={i} node={child} codes={here} {...rest} />
      ))}
    </section>
  );
}
