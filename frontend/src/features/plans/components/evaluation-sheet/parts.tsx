import { FormActions } from '@/components/form/form-actions';
import { Alert } from '@/components/ui/alert';
import { useFocusOnMount } from '@/lib/forms';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { TextAreaField } from '@/components/ui/field';
import { formatNumber } from '@/utils/format';
import type { Evaluation, EvaluationSheet, RatingGrade } from '../../api/types';
import type { Draft } from '../../utils/sheet';
import { gradeDescription, gradeText } from '../../utils/format';

/** How many of the year's evaluations are drafts, finalized, published or missing. */
export function EvaluationCounts({ counts }: { counts: EvaluationSheet['counts'] }) {
  const { t, lang } = useI18n();
  return (
    <dl className="counts">
      {(['draft', 'finalized', 'published', 'missing'] as const).map((k) => (
        <div key={k}>
          <dt>{t(`evaluation.count.${k}` as MessageKey)}</dt>
          <dd>{formatNumber(counts[k], lang)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What an evaluation says (comment, recommendation), each kept to its line breaks; empty ones left out. */
export function EvaluationText({ entries }: { entries: [label: string, text: string | undefined][] }) {
  return (
    <dl className="evaluation-text">
      {entries.map(([label, text]) =>
        text ? (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="pre-line">{text}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

/** The scale, so a rating is chosen against its definition. */
export function GradeScale({ grades }: { grades: RatingGrade[] }) {
  const { t, lang } = useI18n();
  if (grades.length === 0) return null;
  return (
    <details className="grade-scale">
      <summary>{t('evaluation.grades')}</summary>
      <dl>
        {grades.map((g) => (
          <div key={g.code}>
            <dt>{gradeText(lang, grades, g.code)}</dt>
            <dd>{gradeDescription(lang, g)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function FinalizeConfirm({
  fiscalYear,
  drafts,
  dirty,
  pending,
  onConfirm,
  onCancel,
}: {
  fiscalYear: number;
  drafts: number;
  dirty: number;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="confirm-panel confirm" aria-labelledby="finalize-title">
      <h2 id="finalize-title" ref={heading} tabIndex={-1}>
        {t('evaluation.finalizeTitle', { year: formatFiscalYear(fiscalYear, lang) })}
      </h2>
      {dirty > 0 ? (
        <Alert tone="warning">{t('evaluation.finalizeSaveFirst')}</Alert>
      ) : drafts === 0 ? (
        <p>{t('evaluation.nothingToFinalize')}</p>
      ) : (
        <p>{t('evaluation.finalizeLead', { count: drafts })}</p>
      )}
      <FormActions
        saving={pending}
        disabled={dirty > 0 || drafts === 0}
        label={t('evaluation.finalizeConfirm')}
        onClick={onConfirm}
        onCancel={onCancel}
      />
    </section>
  );
}


/** 総評: the committee's opinion on the year, typed while it is a draft, read afterwards. */
export function OpinionSection({
  opinion,
  value,
  editable,
  errors,
  onChange,
}: {
  opinion: Evaluation | undefined;
  value: Draft;
  editable: boolean;
  errors: { comment?: string; recommendation?: string };
  onChange: (change: Partial<Draft>) => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="sheet-opinion" className="sheet-opinion">
      <h2 id="sheet-opinion">{t('evaluation.opinion')}</h2>
      {editable ? (
        <>
          <TextAreaField
            label={t('evaluation.opinionComment')}
            rows={5}
            value={value.comment}
            error={errors.comment}
            onChange={(e) => onChange({ comment: e.target.value })}
          />
          <TextAreaField
            label={t('evaluation.opinionRecommendation')}
            rows={3}
            value={value.recommendation}
            error={errors.recommendation}
            onChange={(e) => onChange({ recommendation: e.target.value })}
          />
        </>
      ) : opinion?.comment || opinion?.recommendation ? (
        <EvaluationText
          entries={[
            [t('evaluation.opinionComment'), opinion.comment],
            [t('evaluation.opinionRecommendation'), opinion.recommendation],
          ]}
        />
      ) : (
        <p>{t('evaluation.noOpinion')}</p>
      )}
      {opinion?.state && opinion.state !== 'DRAFT' ? (
        <p className="muted">{t(`evaluation.state.${opinion.state}` as MessageKey)}</p>
      ) : null}
    </section>
  );
}
