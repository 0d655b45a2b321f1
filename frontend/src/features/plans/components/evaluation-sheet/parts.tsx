import { useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import type { RatingGrade } from '../../types';
import { gradeDescription, gradeText } from '../../utils/format';

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
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
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
      <div className="form-actions">
        <Button onClick={onConfirm} disabled={pending || dirty > 0 || drafts === 0}>
          {pending ? t('form.saving') : t('evaluation.finalizeConfirm')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </section>
  );
}

