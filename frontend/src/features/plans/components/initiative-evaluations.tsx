import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatDateTime, formatFiscalYear } from '@/utils/fiscal-year';
import { useRatingGrades } from '../api/evaluations';
import { useInitiativeEvaluations } from '../api/initiatives';
import type { Evaluation } from '../api/types';
import { gradeText } from '../utils/format';
import './plans.css';
import './initiative-details.css';

export function Evaluations({ initiativeId }: { initiativeId: number }) {
  const { t, lang } = useI18n();
  const evaluations = useInitiativeEvaluations(initiativeId);
  const grades = useRatingGrades();
  // Newest first from the server; grouped by year so a correction sits under the version it corrects.
  const byYear = new Map<number, Evaluation[]>();
  for (const e of evaluations.data ?? []) {
    const fy = e.fiscalYear;
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
                  .sort((a, b) => b.revision - a.revision)
                  .map((e) => {
                    const superseded = e.state === 'SUPERSEDED';
                    return (
                      <li key={e.id} className={superseded ? 'evaluation is-superseded' : 'evaluation'}>
                        <p className="evaluation-head">
                          <strong>{t('evaluation.revision', { revision: e.revision })}</strong>{' '}
                          <span className={`tag tag-eval-${e.state.toLowerCase()}`}>
                            {t(`evaluation.state.${e.state}` as MessageKey)}
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
