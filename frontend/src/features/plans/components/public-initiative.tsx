import { createElement, type ReactNode } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { useI18n } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import type { PublicInitiative, PublicNode, PublicProgress, RatingGrade } from '../api/types';
import { codePath, formatValue, gradeText, halfLabel } from '../utils/format';
import { RelistedMark, StatusChip, TagChip, TargetText } from './marks';
import './plans.css';
import './public-report.css';

export type Variant = 'screen' | 'print';

export type BranchProps = {
  node: PublicNode;
  codes: (string | undefined)[];
  grades: RatingGrade[];
  originals: Map<string, string>;
  variant: Variant;
};

export function heading(level: number, className: string, children: ReactNode) {
  return createElement(`h${Math.min(Math.max(level, 2), 6)}`, { className }, children);
}

export function PublicInitiativeItem({ node, codes, grades, originals, variant }: BranchProps) {
  const { t, lang } = useI18n();
  const i = node.initiative as PublicInitiative;
  const path = codePath([...codes, node.code]);
  const depth = node.depth;
  const original = i.refKey ? originals.get(i.refKey) : undefined;
  const title = (
    <>
      {path ? <span className="plan-code">{path}</span> : null} {i.title} <TagChip tag={i.tag} />
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
  const points = i.points;
  const e = i.evaluation;
  const earlier = [...(e?.earlier ?? [])].sort((a, b) => b.revision - a.revision);
  return (
    <article className="report-initiative">
      {heading(2 + depth, 'report-initiative-title', title)}
      <dl className="report-facts">
        {i.targets.length > 0 ? (
          <div>
            <dt>{t('initiative.targets')}</dt>
            <dd>
              {i.targets.map((target, n) => (
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
        {i.progress.length === 0 ? (
          <p>{t('public.noProgress')}</p>
        ) : (
          i.progress.map((p, n) => <PublicProgressItem key={n} progress={p} title={i.title} />)
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
                revision: x.revision,
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
  const indicators = p.indicators;
  return (
    <div className="report-period">
      <p>
        <span className="report-half">{halfLabel(t, p.half)}</span> <StatusChip status={p.status} />
      </p>
      {p.done ? <p className="pre-line">{p.done}</p> : null}
      {p.evidence.length > 0 ? (
        <ul className="plain-list report-evidence">
          {p.evidence.map((e, n) => (
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
        <DataTable
          label={t('public.indicatorsOf', { title, half: halfLabel(t, p.half) })}
          showCaption
          scroll={false}
          className="table-compact report-table"
          rows={indicators}
          rowKey={(_ind, n) => n}
          columns={[
            {
              key: 'name',
              header: t('progress.indicatorName'),
              rowHeader: true,
              cell: (ind) => (
                <>
                  {ind.name}
                  {ind.live ? <span className="th-sub">{t('public.liveNote')}</span> : null}
                </>
              ),
            },
            { key: 'target', header: t('progress.target'), num: true, cell: (ind) => formatValue(ind.target, lang, ind.unit) },
            { key: 'actual', header: t('progress.actual'), num: true, cell: (ind) => formatValue(ind.actual, lang, ind.unit) },
          ]}
        />
      ) : null}
    </div>
  );
}
