import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { useI18n, type MessageKey } from '@/lib/i18n';
import type { Evaluation, EvaluationRow, RatingGrade } from '../../api/types';
import { gradeText } from '../../utils/format';
import { isEditable, type Draft } from '../../utils/sheet';
import { StatusChip, TagChip } from '../marks';

/**
 * One initiative of the sheet: rating, comment and recommendation where its evaluation is a draft (Tab moves
 * along the row), the evaluation as text where it is final or published (with 訂正 for a published one).
 */
export function SheetRow({
  row,
  grades,
  value,
  dirty,
  canWrite,
  errors,
  onChange,
  onCorrect,
}: {
  row: EvaluationRow;
  grades: RatingGrade[];
  value: Draft;
  dirty: boolean;
  canWrite: boolean;
  errors: Record<string, string>;
  onChange: (change: Partial<Draft>) => void;
  onCorrect: () => void;
}) {
  const { t, lang } = useI18n();
  const e = row.evaluation;
  const editable = canWrite && isEditable(e);
  const id = row.initiativeId;
  const title = row.title;
  const errId = (f: string) => (errors[f] ? `sheet-${id}-${f || 'row'}-error` : undefined);
  const fieldError = (f: string) =>
    errors[f] ? (
      <p id={errId(f)} className="field-error">
        {errors[f]}
      </p>
    ) : null;
  return (
    <tr className={[dirty ? 'is-dirty' : '', e?.state === 'SUPERSEDED' ? 'is-past' : ''].join(' ').trim() || undefined}>
      <td className="nowrap plan-code-cell">{row.path}</td>
      <th scope="row" className="wrap sheet-title">
        <Link to={`/initiatives/${id}`}>{title}</Link> <TagChip tag={row.tag} />
      </th>
      <td>
        <StatusChip status={row.status} />
      </td>
      {editable ? (
        <>
          <td className={errors.rating ? 'field-invalid' : undefined}>
            <label className="visually-hidden" htmlFor={`rating-${id}`}>
              {t('evaluation.ratingFor', { title })}
            </label>
            {fieldError('rating')}
            <select
              id={`rating-${id}`}
              className="sheet-rating"
              value={value.rating}
              aria-invalid={errors.rating ? true : undefined}
              aria-describedby={errId('rating')}
              onChange={(ev) => onChange({ rating: ev.target.value })}
            >
              <option value="">{t('evaluation.noRating')}</option>
              {grades.map((g) => (
                <option key={g.code} value={g.code}>
                  {gradeText(lang, grades, g.code)}
                </option>
              ))}
            </select>
          </td>
          <td className={errors.comment ? 'field-invalid' : undefined}>
            <label className="visually-hidden" htmlFor={`comment-${id}`}>
              {t('evaluation.commentFor', { title })}
            </label>
            {fieldError('comment')}
            <textarea
              id={`comment-${id}`}
              className="sheet-text"
              rows={3}
              value={value.comment}
              aria-invalid={errors.comment ? true : undefined}
              aria-describedby={errId('comment')}
              onChange={(ev) => onChange({ comment: ev.target.value })}
            />
          </td>
          <td className={errors.recommendation ? 'field-invalid' : undefined}>
            <label className="visually-hidden" htmlFor={`recommendation-${id}`}>
              {t('evaluation.recommendationFor', { title })}
            </label>
            {fieldError('recommendation')}
            <textarea
              id={`recommendation-${id}`}
              className="sheet-text"
              rows={3}
              value={value.recommendation}
              aria-invalid={errors.recommendation ? true : undefined}
              aria-describedby={errId('recommendation')}
              onChange={(ev) => onChange({ recommendation: ev.target.value })}
            />
          </td>
        </>
      ) : (
        <>
          <td className="nowrap">{e?.rating ? gradeText(lang, grades, e.rating) : '—'}</td>
          <td className="wrap pre-line">{e?.comment ?? ''}</td>
          <td className="wrap pre-line">{e?.recommendation ?? ''}</td>
        </>
      )}
      <td>
        <StateTag evaluation={e} />
        {dirty ? (
          <>
            {' '}
            <span className="tag tag-dirty">{t('evaluation.unsavedTag')}</span>
          </>
        ) : null}
        {fieldError('')}
        {canWrite && e?.state === 'PUBLISHED' ? (
          <div>
            <Button variant="secondary" className="btn-small" onClick={onCorrect}>
              {t('evaluation.correct')}
              <span className="visually-hidden">: {title}</span>
            </Button>
          </div>
        ) : null}
      </td>
    </tr>
  );
}

function StateTag({ evaluation: e }: { evaluation: Evaluation | undefined }) {
  const { t } = useI18n();
  const state = e?.state ?? 'MISSING';
  return (
    <span className="nowrap">
      <span className={`tag tag-eval-${state.toLowerCase()}`}>{t(`evaluation.state.${state}` as MessageKey)}</span>
      {e?.revision && e.revision > 1 ? (
        <span className="muted"> {t('evaluation.revision', { revision: e.revision })}</span>
      ) : null}
    </span>
  );
}

