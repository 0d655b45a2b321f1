import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormTextAreaField } from '@/components/form/form-fields';
import { Section } from '@/components/layout/section';
import { DataTable } from '@/components/ui/data-table';
import { SelectField } from '@/components/ui/field';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { QueryState } from '@/components/ui/query-state';
import { optional, useFocusOnMount, useVersionedForm } from '@/lib/forms';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { fiscalYearOf, formatDateTime, formatFiscalYear } from '@/utils/fiscal-year';
import { useEvaluationSheet } from '../api/evaluations';
import { usePublish, usePublishedReports } from '../api/publication';
import type { PlanSummary, PublishedReportSummary } from '../api/types';
import { planYears } from '../utils/format';
import { EvaluationCounts } from './evaluation-sheet/parts';

const noteSchema = z.object({ note: z.string().transform(optional) });

/** ?fy=2026, else this fiscal year. */
export function readPublicationYear(search: URLSearchParams, years: number[], today = new Date()): number {
  const fy = Number(search.get('fy'));
  if (Number.isInteger(fy) && years.includes(fy)) return fy;
  return fiscalYearOf(today);
}

/** 公表: the office publishes a year's finalized evaluations with the plan and progress as a snapshot. */
export function PublicationView({ plan, canPublish }: { plan: PlanSummary; canPublish: boolean }) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useSearchParams();
  const years = planYears(plan);
  const fiscalYear = readPublicationYear(search, years);
  const published = usePublishedReports(plan.id);
  const [done, setDone] = useState<PublishedReportSummary | null>(null);

  return (
    <>
      <form className="filters filters-single" onSubmit={(e) => e.preventDefault()} aria-label={t('publication.yearForm')}>
        <SelectField
          label={t('publication.fiscalYear')}
          value={String(fiscalYear)}
          onChange={(e) => {
            setDone(null);
            setSearch(new URLSearchParams({ fy: e.target.value }));
          }}
        >
          <FiscalYearOptions years={years} />
        </SelectField>
      </form>

      {done ? (
        <Alert tone="success">
          <p>
            {t('publication.published', {
              year: formatFiscalYear(done.fiscalYear, lang),
              revision: done.revision,
            })}
          </p>
          {plan.code ? (
            <Link to={`/public/reports/${encodeURIComponent(plan.code)}/${done.fiscalYear}`}>
              {t('publication.open')}
            </Link>
          ) : null}
        </Alert>
      ) : null}

      <YearState
        key={fiscalYear}
        plan={plan}
        fiscalYear={fiscalYear}
        canPublish={canPublish}
        onPublished={(summary) => setDone(summary)}
      />

      <Section id="publication-history" title={t('publication.history')}>
        <QueryState query={published} isEmpty={(list) => list.length === 0} empty={t('publication.noHistory')}>
          {(list) => (
            <DataTable
              label={t('publication.history')}
              rows={[...list].sort((a, b) => b.fiscalYear - a.fiscalYear || b.revision - a.revision)}
              rowKey={(r) => `${r.fiscalYear}-${r.revision}`}
              columns={[
                {
                  key: 'year',
                  header: t('publication.fiscalYear'),
                  rowHeader: true,
                  className: 'nowrap',
                  cell: (r) => formatFiscalYear(r.fiscalYear, lang),
                },
                {
                  key: 'revision',
                  header: t('publication.col.revision'),
                  className: 'nowrap',
                  cell: (r) => (
                    <Link to={`/public/reports/${encodeURIComponent(r.planCode)}/${r.fiscalYear}?revision=${r.revision}`}>
                      {t('evaluation.revision', { revision: r.revision })}
                    </Link>
                  ),
                },
                {
                  key: 'at',
                  header: t('publication.col.at'),
                  className: 'nowrap',
                  cell: (r) => (r.publishedAt ? formatDateTime(r.publishedAt, lang) : ''),
                },
                { key: 'by', header: t('publication.col.by'), cell: (r) => r.publishedBy },
                { key: 'note', header: t('publication.col.note'), className: 'wrap pre-line', cell: (r) => r.note ?? '' },
              ]}
            />
          )}
        </QueryState>
      </Section>
    </>
  );
}

function YearState({
  plan,
  fiscalYear,
  canPublish,
  onPublished,
}: {
  plan: PlanSummary;
  fiscalYear: number;
  canPublish: boolean;
  onPublished: (summary: PublishedReportSummary) => void;
}) {
  const { t, lang } = useI18n();
  const sheet = useEvaluationSheet(plan.id, fiscalYear);
  const publish = usePublish(plan.id);
  const [confirming, setConfirming] = useState(false);
  // Publishing is asked twice: the form's submit opens the confirmation, whose button sends.
  const vf = useVersionedForm({
    schema: noteSchema,
    defaultValues: { note: '' },
    create: true,
    submit: (body, { idempotencyKey }) =>
      publish.mutateAsync({ body: { fiscalYear, ...body }, idempotencyKey: idempotencyKey ?? '' }),
    onSaved: (summary) => {
      setConfirming(false);
      vf.form.reset({ note: '' });
      onPublished(summary);
    },
    onFailed: () => {
      // The confirmation (and its focused button) goes; the keyboard goes back to the button that asks again.
      setConfirming(false);
      window.setTimeout(() => publishButton.current?.focus(), 0);
    },
    focusAfterSave: () => document.querySelector<HTMLElement>('.alert-success[role="status"]'),
  });

  const publishButton = useRef<HTMLButtonElement>(null);
  const year = formatFiscalYear(fiscalYear, lang);

  if (sheet.isPending) return <Loading />;
  if (sheet.isError) return <QueryError error={sheet.error} onRetry={() => void sheet.refetch()} />;
  const counts = sheet.data.data.counts;
  const opinionState = sheet.data.data.opinion?.state;
  const finalized = counts.finalized + (opinionState === 'FINALIZED' ? 1 : 0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    vf.clearFailure();
    setConfirming(true);
  };

  return (
    <Section id="publication-year" title={t('publication.state', { year })}>
      <EvaluationCounts counts={counts} />
      <p>
        {t('evaluation.opinion')}:{' '}
        {opinionState ? t(`evaluation.state.${opinionState}` as MessageKey) : t('evaluation.state.MISSING')}
      </p>
      <p>
        <Link to={`/plans/${plan.id}/publication/${fiscalYear}/preview`}>{t('publication.preview', { year })}</Link>
        {' · '}
        <Link to={`/plans/${plan.id}/evaluations/${fiscalYear}`}>{t('publication.toSheet', { year })}</Link>
      </p>
      {finalized > 0 ? (
        <p>{t('publication.ready', { count: finalized })}</p>
      ) : (
        <Alert tone="info">{t('publication.notReady')}</Alert>
      )}
      {counts.draft > 0 ? <Alert tone="warning">{t('publication.draftsLeft', { count: counts.draft })}</Alert> : null}

      {canPublish ? (
        <form {...vf.formProps} onSubmit={submit} className="form" aria-label={t('publication.formLabel', { year })}>
          <FormAlert form={vf} />
          <FormTextAreaField form={vf} name="note" label={t('publication.note')} hint={t('publication.noteHint')} rows={2} />
          {!confirming ? (
            <FormActions submitRef={publishButton} disabled={finalized === 0 || vf.saving} label={t('publication.publish', { year })} />
          ) : (
            <PublishConfirm
              year={year}
              pending={vf.saving}
              onConfirm={() => void vf.submit()}
              onCancel={() => {
                setConfirming(false);
                window.setTimeout(() => publishButton.current?.focus(), 0);
              }}
            />
          )}
        </form>
      ) : (
        <p className="field-hint">{t('publication.readOnly')}</p>
      )}
    </Section>
  );
}

function PublishConfirm({
  year,
  pending,
  onConfirm,
  onCancel,
}: {
  year: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="confirm-panel" role="group" aria-labelledby="publish-confirm">
      <h3 id="publish-confirm" ref={heading} tabIndex={-1}>
        {t('publication.confirmTitle', { year })}
      </h3>
      <p>{t('publication.confirmLead')}</p>
      <FormActions
        saving={pending}
        label={t('publication.confirm')}
        savingLabel={t('publication.publishing')}
        onClick={onConfirm}
        onCancel={onCancel}
      />
    </div>
  );
}
