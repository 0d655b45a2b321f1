import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { DataTable } from '@/components/ui/data-table';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { QueryState } from '@/components/ui/query-state';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { DECISIONS, type ReviewDecision } from '@/lib/reference-data/review-decisions';
import { fieldErrorsOf, problemMessage } from '@/lib/api-error';
import { useVersionedForm } from '@/lib/forms';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import {
  useComplete,
  useDecide,
  useReviewCycles,
  useReviewItems,
  itemEtag,
  useSelfAssess,
  type DecisionInput,
  type ReviewCycle,
  type ReviewItem,
} from '../api/review';

export function ReviewBoard() {
  const { t, lang } = useI18n();
  const [search, setSearch] = useSearchParams();
  const cycles = useReviewCycles();
  const list: ReviewCycle[] = cycles.data ?? [];
  const chosen = Number(search.get('cycle'));
  const cycle = list.find((c) => c.id === chosen) ?? list[0];
  const page = Math.max(1, Number(search.get('page')) || 1);
  const items = useReviewItems(cycle?.id, page);
  const selectedId = Number(search.get('item')) || undefined;
  const selected = items.data?.items.find((i) => i.requestId === selectedId);

  const setParam = (k: string, v: string | undefined, keepPage = false) => {
    const next = new URLSearchParams(search);
    if (v) next.set(k, v);
    else next.delete(k);
    if (!keepPage) next.delete('page');
    setSearch(next);
  };

  if (cycles.isPending) return <Loading />;
  if (cycles.isError) return <QueryError error={cycles.error} onRetry={() => void cycles.refetch()} />;
  if (!cycle) return <p>{t('review.noCycles')}</p>;

  const p = cycle.progress;
  return (
    <>
      <div className="filters">
        <SelectField
          label={t('review.cycle')}
          value={String(cycle.id)}
          onChange={(e) => {
            const next = new URLSearchParams();
            next.set('cycle', e.target.value);
            setSearch(next);
          }}
        >
          {list.map((c) => (
            <option key={c.id} value={c.id}>
              {c.fiscalYear ? formatFiscalYear(c.fiscalYear, lang) : ''} {c.title}
            </option>
          ))}
        </SelectField>
        <div className="filters-actions">
          <Link to={`/reviews/${cycle.id}/dashboard`}>{t('review.dashboardLink')}</Link>
        </div>
      </div>
      <p>
        {t('review.progress', {
          requests: p.requests,
          notStarted: p.notStarted,
          selfAssessed: p.selfAssessed,
          decided: p.decided,
          carriedOut: p.carriedOut,
        })}
      </p>

      <QueryState query={items}>
        {(page) => (
          <div className="results" aria-busy={items.isFetching}>
            <DataTable
              label={t('review.itemsTitle')}
              rows={page.items}
              rowKey={(i) => i.requestId}
              rowProps={(i) => ({ 'aria-current': i.requestId === selectedId ? 'true' : undefined })}
              columns={[
                { key: 'code', header: t('request.col.code'), className: 'nowrap', cell: (i) => i.requestCode },
                {
                  key: 'title',
                  header: t('request.col.title'),
                  cell: (i) => <Link to={`/requests/${i.requestId}`}>{i.requestTitle}</Link>,
                },
                { key: 'section', header: t('request.col.section'), cell: (i) => i.sectionName },
                { key: 'kind', header: t('request.col.kind'), cell: (i) => t(`request.kind.${i.kind}`) },
                { key: 'state', header: t('review.state'), cell: (i) => t(`review.state.${i.state}` as MessageKey) },
                {
                  key: 'proposed',
                  header: t('review.proposed'),
                  cell: (i) => t(`review.decision.${i.proposedDecision}` as MessageKey),
                },
                {
                  key: 'decision',
                  header: t('request.col.decision'),
                  cell: (i) => (i.decision ? t(`review.decision.${i.decision}` as MessageKey) : t('review.undecided')),
                },
                {
                  key: 'action',
                  header: t('review.action'),
                  cell: (i) => (
                    <Button variant="secondary" className="btn-small" onClick={() => setParam('item', String(i.requestId), true)}>
                      {t('review.open')}
                      <span className="visually-hidden">: {i.requestTitle}</span>
                    </Button>
                  ),
                },
              ]}
            />
            <Pagination page={page.page} size={page.size} total={page.total} />
          </div>
        )}
      </QueryState>
      {selected ? (
        <ItemPanel key={selected.requestId} cycle={cycle} item={selected} />
      ) : null}
    </>
  );
}

function ItemPanel({ cycle, item }: { cycle: ReviewCycle; item: ReviewItem }) {
  const { t } = useI18n();
  const me = useMe();
  const isOffice = hasRole(me.data, OFFICE_ROLES);
  const isOwnSection = me.data?.role === 'DEPARTMENT' && me.data.sectionId === item.sectionId;
  const headingId = `review-item-${item.requestId}`;
  // Kept here: the decision form opens afresh on the item's new version after a save.
  const [decided, setDecided] = useState(false);
  useEffect(() => {
    document.getElementById(headingId)?.focus();
  }, [headingId]);
  return (
    <section className="form-panel" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {item.requestTitle}
      </h2>
      <p>
        {t('review.state')}: {t(`review.state.${item.state}` as MessageKey)}
        {item.selfAssessment ? ` · ${t('review.selfAssessment')}: ${item.selfAssessment}` : ''}
        {item.decisionReason ? ` · ${t('review.reason')}: ${item.decisionReason}` : ''}
      </p>
      {isOwnSection || hasRole(me.data, ['ADMIN']) ? <SelfAssessmentForm cycleId={cycle.id!} item={item} /> : null}
      {isOffice ? <DecisionForm key={item.version} cycle={cycle} item={item} saved={decided} onSavedChange={setDecided} /> : null}
      {isOffice && item.state === 'DECIDED' ? <CompleteForm cycleId={cycle.id!} item={item} /> : null}
    </section>
  );
}

function SelfAssessmentForm({ cycleId, item }: { cycleId: number; item: ReviewItem }) {
  const { t } = useI18n();
  const save = useSelfAssess(cycleId, item);
  const [text, setText] = useState(item.selfAssessment ?? '');
  const [proposed, setProposed] = useState<string>(item.proposedDecision ?? '');
  const errors = fieldErrorsOf(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ selfAssessment: text, proposedDecision: (proposed || undefined) as ReviewDecision | undefined });
  };
  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('review.selfAssessmentForm')}>
      <h3>{t('review.selfAssessmentForm')}</h3>
      {save.isSuccess ? <Alert tone="success">{t('form.saved')}</Alert> : null}
      {save.error ? <Alert tone="error">{problemMessage(save.error, t)}</Alert> : null}
      <TextAreaField
        label={t('review.selfAssessment')}
        required
        value={text}
        error={errors.selfAssessment}
        onChange={(e) => setText(e.target.value)}
      />
      <SelectField label={t('review.proposed')} value={proposed} onChange={(e) => setProposed(e.target.value)}>
        <option value="">{t('form.notSet')}</option>
        {DECISIONS.map((d) => (
          <option key={d} value={d}>
            {t(`review.decision.${d}` as MessageKey)}
          </option>
        ))}
      </SelectField>
      <FormActions saving={save.isPending} label={t('review.saveSelfAssessment')} />
    </form>
  );
}

type DecisionValues = {
  decision: ReviewDecision;
  reason: string;
  mergeIntoId: string;
  effectiveYear: string;
  flat: string;
  perHousehold: string;
};

const decisionSchema = z
  .object({
    decision: z.custom<ReviewDecision>(),
    reason: z.string(),
    mergeIntoId: z.string(),
    effectiveYear: z.string(),
    flat: z.string(),
    perHousehold: z.string(),
  })
  .transform(
    (v): DecisionInput => ({
      decision: v.decision,
      reason: v.reason,
      effectiveYear: Number(v.effectiveYear),
      mergeIntoId: v.decision === 'MERGE' && v.mergeIntoId ? Number(v.mergeIntoId) : undefined,
      compensation:
        v.decision === 'COMPENSATE'
          ? { flatPerOrganization: Number(v.flat) || 0, perMemberHousehold: Number(v.perHousehold) || 0 }
          : undefined,
    }),
  );

/** The server names the compensation's parts by their path in the body. */
const COMPENSATION_FIELDS: Record<string, string> = {
  'compensation.flatPerOrganization': 'flat',
  'compensation.perMemberHousehold': 'perHousehold',
};

/** The office's decision on one request. The item's ETag goes in If-Match; after a 412 the item is read again. */
function DecisionForm({
  cycle,
  item,
  saved,
  onSavedChange,
}: {
  cycle: ReviewCycle;
  item: ReviewItem;
  saved: boolean;
  onSavedChange: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const save = useDecide(cycle.id!, item);
  const others = useReviewItems(cycle.id, 1);
  const vf = useVersionedForm({
    schema: decisionSchema,
    defaultValues: {
      decision: item.decision ?? item.proposedDecision ?? 'KEEP',
      reason: item.decisionReason ?? '',
      mergeIntoId: item.mergeIntoId ? String(item.mergeIntoId) : '',
      effectiveYear: String(item.effectiveYear ?? cycle.fiscalYear),
      flat: String(item.compensation?.flatPerOrganization ?? ''),
      perHousehold: String(item.compensation?.perMemberHousehold ?? ''),
    } satisfies DecisionValues,
    etag: itemEtag(item),
    submit: (body) => {
      onSavedChange(false);
      return save.mutateAsync(body);
    },
    onSaved: () => onSavedChange(true),
    fieldOf: (field) => COMPENSATION_FIELDS[field],
    // The list is read again; the panel then opens the form afresh on the item's new version.
    reload: () => queryClient.invalidateQueries({ queryKey: ['review-cycles'] }),
  });
  const decision = useWatch({ control: vf.form.control, name: 'decision' });
  const years = cycle.fiscalYear ? [0, 1, 2].map((n) => cycle.fiscalYear! + n) : [];
  return (
    <form {...vf.formProps} className="form" aria-label={t('review.decisionForm')}>
      <h3>{t('review.decisionForm')}</h3>
      {saved ? <Alert tone="success">{t('review.decided')}</Alert> : null}
      <FormAlert form={vf} />
      <fieldset className="fieldset">
        <legend>{t('request.col.decision')}</legend>
        {DECISIONS.map((d) => (
          <label key={d} className="radio-inline">
            <input type="radio" value={d} {...vf.form.register('decision')} />{' '}
            {t(`review.decision.${d}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      {decision === 'MERGE' ? (
        <FormSelectField form={vf} name="mergeIntoId" label={t('review.mergeInto')} required>
          <option value="">{t('form.notSet')}</option>
          {(others.data?.items ?? [])
            .filter((o) => o.requestId !== item.requestId)
            .map((o) => (
              <option key={o.requestId} value={o.requestId}>
                {o.requestCode} {o.requestTitle}
              </option>
            ))}
        </FormSelectField>
      ) : null}
      {decision === 'COMPENSATE' ? (
        <>
          <FormTextField form={vf} name="flat" label={t('review.flat')} inputMode="numeric" />
          <FormTextField form={vf} name="perHousehold" label={t('review.perHousehold')} inputMode="numeric" />
        </>
      ) : null}
      <FormTextAreaField form={vf} name="reason" label={t('review.reason')} required />
      <FormSelectField form={vf} name="effectiveYear" label={t('review.effectiveYear')} required>
        <FiscalYearOptions years={years} />
      </FormSelectField>
      <FormActions saving={vf.saving} label={t('review.decide')} />
    </form>
  );
}

function CompleteForm({ cycleId, item }: { cycleId: number; item: ReviewItem }) {
  const { t } = useI18n();
  const save = useComplete(cycleId, item);
  const [note, setNote] = useState('');
  return (
    <form
      className="form"
      noValidate
      aria-label={t('review.carriedOut')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(note);
      }}
    >
      <h3>{t('review.carriedOut')}</h3>
      {save.error ? <Alert tone="error">{problemMessage(save.error, t)}</Alert> : null}
      <TextField label={t('review.carriedOutNote')} value={note} onChange={(e) => setNote(e.target.value)} />
      <FormActions disabled={save.isPending} label={t('review.markCarriedOut')} />
    </form>
  );
}
