import { createElement, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n';
import { formatDateTime, formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber, formatPercent } from '@/utils/format';
import type { PublicInitiative, PublicNode, PublicProgress, PublicReport, RatingGrade } from '../api/types';
import { codePath, formatValue, gradeDescription, gradeText, halfLabel, sortedGrades } from '../utils/format';
import { originalPaths } from '../utils/tree';
import { RelistedMark, StatusChip, TagChip, TargetText } from './marks';
import './plans.css';
import './public-report.css';

type Variant = 'screen' | 'print';

/** 令和8年度 進捗状況と評価 — the report's title, used by the page heading and the document title. */
export function reportTitle(t: ReturnType<typeof useI18n>['t'], lang: 'ja' | 'en', report: PublicReport): string {
  const plan = (lang === 'en' ? report.plan?.nameEn ?? report.plan?.name : report.plan?.name) ?? '';
  const year = report.fiscalYear !== undefined ? formatFiscalYear(report.fiscalYear, lang) : '';
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
  const revisions = [...(report.revisions ?? [])].sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0));
  return (
    <div className={`public-report public-report-${variant}`}>
      <dl className="facts report-meta">
        <div>
          <dt>{t('public.meta.plan')}</dt>
          <dd>{(lang === 'en' ? report.plan?.nameEn ?? report.plan?.name : report.plan?.name) ?? ''}</dd>
        </div>
        <div>
          <dt>{t('public.meta.owner')}</dt>
          <dd>{report.plan?.owner ?? ''}</dd>
        </div>
        <div>
          <dt>{t('public.meta.fiscalYear')}</dt>
          <dd>{report.fiscalYear !== undefined ? formatFiscalYear(report.fiscalYear, lang) : ''}</dd>
        </div>
        <div>
          <dt>{t('public.meta.publishedAt')}</dt>
          <dd>{report.publishedAt ? formatDateTime(report.publishedAt, lang) : t('public.notYetPublished')}</dd>
        </div>
        {report.revision !== undefined ? (
          <div>
            <dt>{t('public.meta.revision')}</dt>
            <dd>{t('evaluation.revision', { revision: report.revision })}</dd>
          </div>
        ) : null}
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
                    <strong>{t('evaluation.revision', { revision: r.revision ?? 1 })}</strong>
                  </span>
                ) : (
                  <Link to={revisionHref(r.revision ?? 1)}>{t('evaluation.revision', { revision: r.revision ?? 1 })}</Link>
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

      {(report.nodes ?? []).map((node, i) => (
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
  const year = r.fiscalYear !== undefined ? formatFiscalYear(r.fiscalYear, lang) : '';
  const baseline = r.baselineYear !== undefined ? formatFiscalYear(r.baselineYear, lang) : '';
  const caption = t('public.rr.caption', { year, baseline });
  return (
    <section aria-labelledby="report-rr" className="report-section">
      <h2 id="report-rr">{t('public.requestReview')}</h2>
      <p>{t('public.rr.lead')}</p>
      <table className="table report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('public.rr.item')}</th>
            <th scope="col" className="num">
              {t('public.rr.baseline', { year: baseline })}
            </th>
            <th scope="col" className="num">
              {year}
            </th>
            <th scope="col" className="num">
              {t('public.rr.cut')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('public.rr.requests')}</th>
            <td className="num">{formatNumber(r.baselineCooperationRequests, lang)}</td>
            <td className="num">{formatNumber(r.cooperationRequests, lang)}</td>
            <td className="num">{formatPercent(r.requestsCutShare)}</td>
          </tr>
          <tr>
            <th scope="row">{t('public.rr.hours')}</th>
            <td className="num">{formatValue(r.baselineHours, lang)}</td>
            <td className="num">{formatValue(r.hours, lang)}</td>
            <td className="num">{formatPercent(r.hoursCutShare)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

type BranchProps = {
  node: PublicNode;
  codes: (string | undefined)[];
  grades: RatingGrade[];
  originals: Map<string, string>;
  variant: Variant;
};

function heading(level: number, className: string, children: ReactNode) {
  return createElement(`h${Math.min(Math.max(level, 2), 6)}`, { className }, children);
}

/** A pillar, direction or measure with what is under it. Pillars start a new page on paper. */
function PublicBranch({ node, codes, ...rest }: BranchProps) {
  const here = [...codes, node.code];
  if (node.initiative) return <PublicInitiativeItem node={node} codes={codes} {...rest} />;
  const depth = node.depth ?? codes.length;
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
      {(node.children ?? []).map((child, i) => (
        <PublicBranch key={i} node={child} codes={here} {...rest} />
      ))}
    </section>
  );
}

function PublicInitiativeItem({ node, codes, grades, originals, variant }: BranchProps) {
  const { t, lang } = useI18n();
  const i = node.initiative as PublicInitiative;
  const path = codePath([...codes, node.code]);
  const depth = node.depth ?? codes.length;
  const original = i.refKey ? originals.get(i.refKey) : undefined;
  const title = (
    <>
      {path ? <span className="plan-code">{path}</span> : null} {i.title ?? node.title} <TagChip tag={i.tag} />
      {node.relisted ? (
        <>
          {' '}
          <RelistedMark />
        </>
      ) : null}
    </>
  );
  if (node.relisted) {
    return (
      <article className="report-initiative is-relisted">
        {heading(2 + depth, 'report-initiative-title', title)}
        <p>{original ? t('public.relistedSee', { path: original }) : t('plan.relisted')}</p>
      </article>
    );
  }
  const points = i.points ?? [];
  const e = i.evaluation;
  const earlier = [...(e?.earlier ?? [])].sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0));
  return (
    <article className="report-initiative">
      {heading(2 + depth, 'report-initiative-title', title)}
      <dl className="report-facts">
        {(i.targets ?? []).length > 0 ? (
          <div>
            <dt>{t('initiative.targets')}</dt>
            <dd>
              {i.targets?.map((target, n) => (
                <span key={n}>
                  {n > 0 ? '、' : ''}
                  <TargetText target={target} />
                </span>
              ))}
            </dd>
          </div>
        ) : null}
        {points.length > 0 ? (
          <div className="facts-wide">
            <dt>{t('initiative.points')}</dt>
            <dd>
              {variant === 'print' ? (
                <Points points={points} />
              ) : (
                <details>
                  <summary>
                    {t('public.showPoints')}
                    <span className="visually-hidden">: {i.title}</span>
                  </summary>
                  <Points points={points} />
                </details>
              )}
            </dd>
          </div>
        ) : null}
      </dl>

      <div className="report-progress">
        <p className="report-label">{t('public.progress')}</p>
        {(i.progress ?? []).length === 0 ? (
          <p>{t('public.noProgress')}</p>
        ) : (
          (i.progress ?? []).map((p, n) => <PublicProgressItem key={n} progress={p} title={i.title ?? ''} />)
        )}
      </div>

      <div className="report-evaluation">
        <p className="report-label">{t('public.evaluation')}</p>
        {!e ? (
          <p>{t('public.noEvaluation')}</p>
        ) : (
          <>
            <p>
              <strong className="rating">{t('public.ratingIs', { grade: gradeText(lang, grades, e.rating) || '—' })}</strong>
              {e.revision && e.revision > 1 ? (
                <>
                  {' '}
                  <span className="tag tag-corrected">{t('public.corrected', { revision: e.revision })}</span>
                </>
              ) : null}
            </p>
            {e.correctionReason ? <p>{t('evaluation.correctionReasonShown', { reason: e.correctionReason })}</p> : null}
            <EvaluationText comment={e.comment} recommendation={e.recommendation} />
            {earlier.map((x) => {
              const label = t('public.earlier', {
                revision: x.revision ?? 1,
                date: x.publishedAt ? formatWarekiDate(x.publishedAt, lang) : '',
              });
              const body = (
                <>
                  <p>
                    <del>{t('public.ratingIs', { grade: gradeText(lang, grades, x.rating) || '—' })}</del>
                  </p>
                  <EvaluationText comment={x.comment} recommendation={x.recommendation} />
                </>
              );
              return variant === 'print' ? (
                <div key={x.revision} className="report-earlier">
                  <p className="report-label">{label}</p>
                  {body}
                </div>
              ) : (
                <details key={x.revision} className="report-earlier">
                  <summary>{label}</summary>
                  {body}
                </details>
              );
            })}
          </>
        )}
      </div>
    </article>
  );
}

function Points({ points }: { points: string[] }) {
  return (
    <ul className="plain-list">
      {points.map((p, n) => (
        <li key={n} className="pre-line">
          {p}
        </li>
      ))}
    </ul>
  );
}

function EvaluationText({ comment, recommendation }: { comment?: string; recommendation?: string }) {
  const { t } = useI18n();
  if (!comment && !recommendation) return null;
  return (
    <dl className="evaluation-text">
      {comment ? (
        <div>
          <dt>{t('evaluation.col.comment')}</dt>
          <dd className="pre-line">{comment}</dd>
        </div>
      ) : null}
      {recommendation ? (
        <div>
          <dt>{t('evaluation.col.recommendation')}</dt>
          <dd className="pre-line">{recommendation}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function PublicProgressItem({ progress: p, title }: { progress: PublicProgress; title: string }) {
  const { t, lang } = useI18n();
  const indicators = p.indicators ?? [];
  return (
    <div className="report-period">
      <p>
        <span className="report-half">{halfLabel(t, p.half)}</span> <StatusChip status={p.status} />
      </p>
      {p.done ? <p className="pre-line">{p.done}</p> : null}
      {(p.evidence ?? []).length > 0 ? (
        <ul className="plain-list report-evidence">
          {p.evidence?.map((e, n) => (
            <li key={n}>
              {t('public.evidence')}:{' '}
              <a href={e.url} rel="noopener noreferrer">
                {e.label || e.url}
              </a>
              <span className="print-url"> {e.label ? `(${e.url})` : ''}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {indicators.length > 0 ? (
        <table className="table table-compact report-table">
          <caption>{t('public.indicatorsOf', { title, half: halfLabel(t, p.half) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.indicatorName')}</th>
              <th scope="col" className="num">
                {t('progress.target')}
              </th>
              <th scope="col" className="num">
                {t('progress.actual')}
              </th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((ind, n) => (
              <tr key={n}>
                <th scope="row">
                  {ind.name}
                  {ind.live ? <span className="th-sub">{t('public.liveNote')}</span> : null}
                </th>
                <td className="num">{formatValue(ind.target, lang, ind.unit)}</td>
                <td className="num">{formatValue(ind.actual, lang, ind.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
