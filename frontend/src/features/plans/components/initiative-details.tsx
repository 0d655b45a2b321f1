import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatDateTime, formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { useRatingGrades } from '../api/evaluations';
import { useInitiativeEvaluations, useTimeline, useUpdateMilestone } from '../api/initiatives';
import { useProgressReports } from '../api/progress-reports';
import type { Evaluation, InitiativeDetail, MilestoneStatus, ProgressReport } from '../api/types';
import { behindText, gradeText, milestoneOverdue, periodLabel, statusLabel } from '../utils/format';
import { IndicatorTable } from './indicator-table';
import { BehindMark, RelistedMark, StatusChip, TagChip, TargetText } from './marks';
import './plans.css';
import './initiative-details.css';

/**
 * 取り組み: what the plan says (points, targets, notes, sections, where it is placed, milestones) and what has
 * happened since (why it is behind, progress reports, the committee's evaluations, the timeline).
 */
export function InitiativeDetails({
  initiative,
  canWrite,
  canReadEvaluations,
}: {
  initiative: InitiativeDetail;
  canWrite: boolean;
  canReadEvaluations: boolean;
}) {
  const { t, lang } = useI18n();
  const i = initiative;
  const reasons = i.behindReasons ?? [];
  return (
    <>
      <div className="initiative-marks">
        {i.path ? <span className="plan-code">{i.path}</span> : null}
        <TagChip tag={i.tag} />
        <StatusChip status={i.status} fiscalYear={i.statusFiscalYear} />
        {i.behind ? <BehindMark /> : null}
      </div>

      {reasons.length > 0 ? (
        <Alert tone="warning" title={t('initiative.behindTitle')}>
          <ul className="plain-list">
            {reasons.map((r, n) => (
              <li key={n}>
                {behindText(lang, r)}
                {r.fiscalYear !== undefined ? `（${formatFiscalYear(r.fiscalYear, lang)}）` : ''}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <section aria-labelledby="ini-facts">
        <h2 id="ini-facts">{t('initiative.facts')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('initiative.path')}</dt>
            <dd>{i.path || '—'}</dd>
          </div>
          <div>
            <dt>{t('initiative.refKey')}</dt>
            <dd>{i.refKey}</dd>
          </div>
          <div>
            <dt>{t('initiative.tag')}</dt>
            <dd>{i.tag ? t(`plan.tag.${i.tag}` as MessageKey) : t('initiative.noTag')}</dd>
          </div>
          <div>
            <dt>{t('initiative.sections')}</dt>
            <dd>{(i.sectionNames ?? []).length > 0 ? i.sectionNames?.join('、') : t('form.notSet')}</dd>
          </div>
          <div>
            <dt>{t('initiative.status')}</dt>
            <dd>
              {statusLabel(t, i.status)}
              {i.status && i.statusFiscalYear !== undefined ? `（${formatFiscalYear(i.statusFiscalYear, lang)}）` : ''}
            </dd>
          </div>
        </dl>
      </section>

      {(i.points ?? []).length > 0 ? (
        <section aria-labelledby="ini-points">
          <h2 id="ini-points">{t('initiative.points')}</h2>
          <ul className="plain-list">
            {i.points?.map((p, n) => (
              <li key={n} className="pre-line">
                {p}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="ini-targets">
        <h2 id="ini-targets">{t('initiative.targets')}</h2>
        {(i.targets ?? []).length === 0 ? (
          <p>{t('initiative.noTargets')}</p>
        ) : (
          <>
            <ul className="plain-list">
              {i.targets?.map((target, n) => (
                <li key={n}>
                  <TargetText target={target} />
                </li>
              ))}
            </ul>
            {i.targets?.some((x) => x.enhancesExisting) ? <p className="field-hint">{t('initiative.targetsHint')}</p> : null}
          </>
        )}
      </section>

      {(i.notes ?? []).length > 0 ? (
        <section aria-labelledby="ini-notes">
          <h2 id="ini-notes">{t('initiative.notes')}</h2>
          <ul className="plain-list">
            {i.notes?.map((note, n) => (
              <li key={n} className="pre-line">
                {note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="ini-placements">
        <h2 id="ini-placements">{t('initiative.placements')}</h2>
        <ul className="plain-list">
          {(i.placementList ?? []).map((p, n) => (
            <li key={p.nodeId ?? n}>
              <span className="plan-code">{p.path}</span> {(p.titles ?? []).join(' › ')} {p.relisted ? <RelistedMark /> : null}
            </li>
          ))}
        </ul>
        {i.planId !== undefined ? (
          <p>
            <Link to={`/plans/${i.planId}`}>{t('initiative.seeTree')}</Link>
          </p>
        ) : null}
      </section>

      <Milestones initiative={i} canWrite={canWrite} />

      {i.id !== undefined ? <ProgressReports initiativeId={i.id} canWrite={canWrite} /> : null}
      {i.id !== undefined && canReadEvaluations ? <Evaluations initiativeId={i.id} /> : null}
      {i.id !== undefined ? <Timeline initiativeId={i.id} /> : null}
    </>
  );
}

const MILESTONE_STATUSES: MilestoneStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE'];

function Milestones({ initiative, canWrite }: { initiative: InitiativeDetail; canWrite: boolean }) {
  const { t, lang } = useI18n();
  const update = useUpdateMilestone();
  const list = [...(initiative.milestones ?? [])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="ini-milestones">
      <h2 id="ini-milestones">{t('initiative.milestones')}</h2>
      <TableScroll label={t('initiative.milestones')}>
        <table className="table">
          <caption className="visually-hidden">{t('initiative.milestones')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('initiative.milestone.no')}
              </th>
              <th scope="col">{t('initiative.milestone.title')}</th>
              <th scope="col">{t('initiative.milestone.due')}</th>
              <th scope="col">{t('initiative.milestone.status')}</th>
              <th scope="col">{t('initiative.milestone.doneOn')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((m, n) => {
              const overdue = milestoneOverdue(m, initiative.behindReasons);
              return (
                <tr key={m.id ?? n}>
                  <td className="num">{n + 1}</td>
                  <th scope="row" className="wrap">
                    {m.title}
                  </th>
                  <td className="nowrap">
                    {m.dueFiscalYear !== undefined ? formatFiscalYear(m.dueFiscalYear, lang) : t('initiative.noDue')}
                  </td>
                  <td>
                    {canWrite && m.id !== undefined && m.version !== undefined ? (
                      <select
                        aria-label={t('initiative.milestone.statusOf', { title: m.title ?? String(n + 1) })}
                        value={m.status ?? 'PLANNED'}
                        disabled={update.isPending}
                        onChange={(e) =>
                          update.mutate({ id: m.id ?? 0, version: m.version ?? 0, status: e.target.value as MilestoneStatus })
                        }
                      >
                        {MILESTONE_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {t(`initiative.milestone.${s}` as MessageKey)}
                          </option>
                        ))}
                      </select>
                    ) : m.status ? (
                      t(`initiative.milestone.${m.status}` as MessageKey)
                    ) : (
                      ''
                    )}
                    {overdue ? (
                      <>
                        {' '}
                        <span className="behind-mark">
                          <span aria-hidden="true">⚠ </span>
                          {t('initiative.overdue')}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td className="nowrap">{m.doneOn ? formatWarekiDate(m.doneOn, lang) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {update.isError ? <QueryError error={update.error} /> : null}
    </section>
  );
}

function ProgressReports({ initiativeId, canWrite }: { initiativeId: number; canWrite: boolean }) {
  const { t } = useI18n();
  const reports = useProgressReports(initiativeId);
  return (
    <section aria-labelledby="ini-progress" id="progress">
      <div className="panel-head">
        <h2 id="ini-progress">{t('initiative.progress')}</h2>
        {canWrite ? (
          <Link className="btn btn-primary" to={`/initiatives/${initiativeId}/progress/new`}>
            {t('initiative.addProgress')}
          </Link>
        ) : null}
      </div>
      {reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <QueryError error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.data.length === 0 ? (
        <p>{t('initiative.noProgress')}</p>
      ) : (
        <ol className="report-list">
          {reports.data.map((r) => (
            <ProgressReportItem key={r.id} report={r} canWrite={canWrite} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ProgressReportItem({ report: r, canWrite }: { report: ProgressReport; canWrite: boolean }) {
  const { t, lang } = useI18n();
  const period = periodLabel(t, lang, r.fiscalYear, r.half);
  return (
    <li className="report">
      <div className="panel-head">
        <h3>
          {period} <StatusChip status={r.status} />
        </h3>
        {canWrite && r.id !== undefined ? (
          <Link className="btn btn-secondary btn-small" to={`/progress-reports/${r.id}/edit`}>
            {t('form.edit')}
            <span className="visually-hidden">: {t('initiative.progressOf', { period })}</span>
          </Link>
        ) : null}
      </div>
      {r.done ? <p className="pre-line">{r.done}</p> : null}
      {(r.evidence ?? []).length > 0 ? (
        <>
          <h4>{t('progress.evidence')}</h4>
          <ul className="plain-list">
            {r.evidence?.map((e, n) => (
              <li key={n}>
                <a href={e.url} target="_blank" rel="noopener noreferrer">
                  {e.label || e.url}
                  <span className="visually-hidden">{t('app.newWindow')}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {(r.indicators ?? []).length > 0 ? (
        <IndicatorTable indicators={r.indicators ?? []} caption={t('progress.indicatorsOf', { period })} />
      ) : null}
      <p className="muted">
        {t('initiative.reportedBy', {
          who: r.reportedBy ?? '',
          at: r.reportedAt ? formatDateTime(r.reportedAt, lang) : '',
        })}
      </p>
    </li>
  );
}

function Evaluations({ initiativeId }: { initiativeId: number }) {
  const { t, lang } = useI18n();
  const evaluations = useInitiativeEvaluations(initiativeId);
  const grades = useRatingGrades();
  // Newest first from the server; grouped by year so a correction sits under the version it corrects.
  const byYear = new Map<number, Evaluation[]>();
  for (const e of evaluations.data ?? []) {
    const fy = e.fiscalYear ?? 0;
    byYear.set(fy, [...(byYear.get(fy) ?? []), e]);
  }
  return (
    <section aria-labelledby="ini-evaluations">
      <h2 id="ini-evaluations">{t('initiative.evaluations')}</h2>
      {evaluations.isPending ? (
        <Loading />
      ) : evaluations.isError ? (
        <QueryError error={evaluations.error} onRetry={() => void evaluations.refetch()} />
      ) : byYear.size === 0 ? (
        <p>{t('initiative.noEvaluations')}</p>
      ) : (
        [...byYear.entries()]
          .sort(([a], [b]) => b - a)
          .map(([fy, list]) => (
            <section key={fy} aria-labelledby={`ini-eval-${fy}`}>
              <h3 id={`ini-eval-${fy}`}>{formatFiscalYear(fy, lang)}</h3>
              <ol className="evaluation-list">
                {[...list]
                  .sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0))
                  .map((e) => {
                    const superseded = e.state === 'SUPERSEDED';
                    return (
                      <li key={e.id} className={superseded ? 'evaluation is-superseded' : 'evaluation'}>
                        <p className="evaluation-head">
                          <strong>{t('evaluation.revision', { revision: e.revision ?? 1 })}</strong>{' '}
                          <span className={`tag tag-eval-${(e.state ?? 'DRAFT').toLowerCase()}`}>
                            {t(`evaluation.state.${e.state ?? 'DRAFT'}` as MessageKey)}
                          </span>{' '}
                          {e.rating ? (
                            <span className="rating">
                              {t('evaluation.col.rating')}: {gradeText(lang, grades.data, e.rating)}
                            </span>
                          ) : null}
                        </p>
                        {e.correctionReason ? (
                          <p>{t('evaluation.correctionReasonShown', { reason: e.correctionReason })}</p>
                        ) : null}
                        <dl className="evaluation-text">
                          {e.comment ? (
                            <div>
                              <dt>{t('evaluation.col.comment')}</dt>
                              <dd className="pre-line">{e.comment}</dd>
                            </div>
                          ) : null}
                          {e.recommendation ? (
                            <div>
                              <dt>{t('evaluation.col.recommendation')}</dt>
                              <dd className="pre-line">{e.recommendation}</dd>
                            </div>
                          ) : null}
                        </dl>
                        <p className="muted">
                          {[
                            e.writtenBy ? t('evaluation.writtenBy', { who: e.writtenBy }) : '',
                            e.finalizedAt ? t('evaluation.finalizedAt', { at: formatDateTime(e.finalizedAt, lang) }) : '',
                            e.publishedAt ? t('evaluation.publishedAt', { at: formatDateTime(e.publishedAt, lang) }) : '',
                            e.supersededAt ? t('evaluation.supersededAt', { at: formatDateTime(e.supersededAt, lang) }) : '',
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </p>
                      </li>
                    );
                  })}
              </ol>
            </section>
          ))
      )}
    </section>
  );
}

function Timeline({ initiativeId }: { initiativeId: number }) {
  const { t, lang } = useI18n();
  const timeline = useTimeline(initiativeId);
  return (
    <section aria-labelledby="ini-timeline">
      <h2 id="ini-timeline">{t('initiative.timeline')}</h2>
      {timeline.isPending ? (
        <Loading />
      ) : timeline.isError ? (
        <QueryError error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.data.length === 0 ? (
        <p>{t('initiative.noTimeline')}</p>
      ) : (
        <ol className="timeline">
          {timeline.data.map((e, n) => (
            <li key={n} className="timeline-entry">
              <p className="history-head">
                {e.at ? <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time> : null}
                <span className="tag">{e.kind ? t(`timeline.${e.kind}` as MessageKey) : ''}</span>
                {e.fiscalYear !== undefined ? <span>{periodLabel(t, lang, e.fiscalYear, e.half)}</span> : null}
                {e.actor ? <span className="history-actor">{e.actor}</span> : null}
              </p>
              {e.status ? (
                <p>
                  {e.previousStatus ? (
                    <>
                      <del>{statusLabel(t, e.previousStatus)}</del> → <ins>{statusLabel(t, e.status)}</ins>
                    </>
                  ) : (
                    statusLabel(t, e.status)
                  )}
                </p>
              ) : null}
              {e.text ? <p className="pre-line">{e.text}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
