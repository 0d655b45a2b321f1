import { Section } from '@/components/layout/section';
import { QueryState } from '@/components/ui/query-state';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatDateTime, formatFiscalYear } from '@/utils/fiscal-year';
import { useRatingGrades } from '../api/evaluations';
import { useInitiativeEvaluations } from '../api/initiatives';
import type { Evaluation, RatingGrade } from '../api/types';
import { gradeText } from '../utils/format';
import { EvaluationText } from './evaluation-sheet/parts';
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
    <Section id="ini-evaluations" title={t('initiative.evaluations')}>
      <QueryState query={evaluations} isEmpty={() => byYear.size === 0} empty={t('initiative.noEvaluations')}>
        {() =>
          [...byYear.entries()]
            .sort(([a], [b]) => b - a)
            .map(([fy, list]) => (
              <section key={fy} aria-labelledby={`ini-eval-${fy}`}>
                <h3 id={`ini-eval-${fy}`}>{formatFiscalYear(fy, lang)}</h3>
                <ol className="evaluation-list">
                  {[...list]
                    .sort((a, b) => b.revision - a.revision)
                    .map((e) => (
                      <EvaluationItem key={e.id} evaluation={e} grades={grades.data} />
                    ))}
                </ol>
              </section>
            ))
        }
      </QueryState>
    </Section>
  );
}

/** One revision of a year's evaluation: its state and rating, why it was corrected, its text and its history. */
function EvaluationItem({ evaluation: e, grades }: { evaluation: Evaluation; grades: RatingGrade[] | undefined }) {
  const { t, lang } = useI18n();
  return (
    <li className={e.state === 'SUPERSEDED' ? 'evaluation is-superseded' : 'evaluation'}>
      <p className="evaluation-head">
        <strong>{t('evaluation.revision', { revision: e.revision })}</strong>{' '}
        <span className={`tag tag-eval-${e.state.toLowerCase()}`}>{t(`evaluation.state.${e.state}` as MessageKey)}</span>{' '}
        {e.rating ? (
          <span className="rating">
            {t('evaluation.col.rating')}: {gradeText(lang, grades, e.rating)}
          </span>
        ) : null}
      </p>
      {e.correctionReason ? <p>{t('evaluation.correctionReasonShown', { reason: e.correctionReason })}</p> : null}
      <EvaluationText
        entries={[
          [t('evaluation.col.comment'), e.comment],
          [t('evaluation.col.recommendation'), e.recommendation],
        ]}
      />
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
}
