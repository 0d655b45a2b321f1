import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { DECISIONS, type ReviewDecision } from '@/lib/reference-data/review-decisions';
import { ApiError, fieldErrorsOf, problemMessage } from '@/lib/api-error';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import {
  REVIEW_PAGE_SIZE,
  useComplete,
  useDecide,
  useReviewCycles,
  useReviewItems,
  useSelfAssess,
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
  const selected = items.data?.items?.find((i) => i.requestId === selectedId);

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
      {p ? (
        <p>
          {t('review.progress', {
            requests: p.requests ?? 0,
            notStarted: p.notStarted ?? 0,
            selfAssessed: p.selfAssessed ?? 0,
            decided: p.decided ?? 0,
            carriedOut: p.carriedOut ?? 0,
          })}
        </p>
      ) : null}

      {items.isPending ? (
        <Loading />
      ) : items.isError ? (
        <QueryError error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <div className="results" aria-busy={items.isFetching}>
          <TableScroll label={t('review.itemsTitle')}>
            <table className="table">
              <caption className="visually-hidden">{t('review.itemsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('request.col.code')}</th>
                  <th scope="col">{t('request.col.title')}</th>
                  <th scope="col">{t('request.col.section')}</th>
                  <th scope="col">{t('request.col.kind')}</th>
                  <th scope="col">{t('review.state')}</th>
                  <th scope="col">{t('review.proposed')}</th>
                  <th scope="col">{t('request.col.decision')}</th>
                  <th scope="col">{t('review.action')}</th>
                </tr>
              </thead>
              <tbody>
                {(items.data.items ?? []).map((i) => (
                  <tr key={i.requestId} aria-current={i.requestId === selectedId ? 'true' : undefined}>
                    <td className="nowrap">{i.requestCode}</td>
                    <td>
                      <Link to={`/requests/${i.requestId}`}>{i.requestTitle}</Link>
                    </td>
                    <td>{i.sectionName}</td>
                    <td>{i.kind ? t(`request.kind.${i.kind}`) : ''}</td>
                    <td>{i.state ? t(`review.state.${i.state}` as MessageKey) : ''}</td>
                    <td>{i.proposedDecision ? t(`review.decision.${i.proposedDecision}` as MessageKey) : ''}</td>
                    <td>{i.decision ? t(`review.decision.${i.decision}` as MessageKey) : t('review.undecided')}</td>
                    <td>
                      <Button
                        variant="secondary"
                        className="btn-small"
                        onClick={() => setParam('item', String(i.requestId), true)}
                      >
                        {t('review.open')}
                        <span className="visually-hidden">: {i.requestTitle}</span>
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination page={items.data.page ?? page} size={items.data.size ?? REVIEW_PAGE_SIZE} total={items.data.total ?? 0} />
        </div>
      )}
      {selected && cycle.id !== undefined ? (
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
  useEffect(() => {
    document.getElementById(headingId)?.focus();
  }, [headingId]);
  return (
    <section className="form-panel" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {item.requestTitle}
      </h2>
      <p>
        {t('review.state')}: {item.state ? t(`review.state.${item.state}` as MessageKey) : ''}
        {item.selfAssessment ? ` · ${t('review.selfAssessment')}: ${item.selfAssessment}` : ''}
        {item.decisionReason ? ` · ${t('review.reason')}: ${item.decisionReason}` : ''}
      </p>
      {isOwnSection || hasRole(me.data, ['ADMIN']) ? <SelfAssessmentForm cycleId={cycle.id!} item={item} /> : null}
      {isOffice ? <DecisionForm cycle={cycle} item={item} /> : null}
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
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('review.saveSelfAssessment')}
        </Button>
      </div>
    </form>
  );
}

function DecisionForm({ cycle, item }: { cycle: ReviewCycle; item: ReviewItem }) {
  const { t, lang } = useI18n();
  const save = useDecide(cycle.id!, item);
  const [decision, setDecision] = useState<ReviewDecision>(item.decision ?? item.proposedDecision ?? 'KEEP');
  const [reason, setReason] = useState(item.decisionReason ?? '');
  const [mergeIntoId, setMergeIntoId] = useState(item.mergeIntoId ? String(item.mergeIntoId) : '');
  const [effectiveYear, setEffectiveYear] = useState(String(item.effectiveYear ?? cycle.fiscalYear ?? ''));
  const [flat, setFlat] = useState(String(item.compensation?.flatPerOrganization ?? ''));
  const [perHousehold, setPerHousehold] = useState(String(item.compensation?.perMemberHousehold ?? ''));
  const others = useReviewItems(cycle.id, 1);
  const errors = fieldErrorsOf(save.error);
  const stale = save.error instanceof ApiError && save.error.isStale;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      decision,
      reason,
      effectiveYear: Number(effectiveYear),
      mergeIntoId: decision === 'MERGE' && mergeIntoId ? Number(mergeIntoId) : undefined,
      compensation:
        decision === 'COMPENSATE'
          ? { flatPerOrganization: Number(flat) || 0, perMemberHousehold: Number(perHousehold) || 0 }
          : undefined,
    });
  };
  const years = cycle.fiscalYear ? [0, 1, 2].map((n) => cycle.fiscalYear! + n) : [];
  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t('review.decisionForm')}>
      <h3>{t('review.decisionForm')}</h3>
      {save.isSuccess ? <Alert tone="success">{t('review.decided')}</Alert> : null}
      {save.error ? <Alert tone={stale ? 'warning' : 'error'}>{problemMessage(save.error, t)}</Alert> : null}
      <fieldset className="fieldset">
        <legend>{t('request.col.decision')}</legend>
        {DECISIONS.map((d) => (
          <label key={d} className="radio-inline">
            <input type="radio" name="decision" value={d} checked={decision === d} onChange={() => setDecision(d)} />{' '}
            {t(`review.decision.${d}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      {decision === 'MERGE' ? (
        <SelectField
          label={t('review.mergeInto')}
          required
          value={mergeIntoId}
          error={errors.mergeIntoId}
          onChange={(e) => setMergeIntoId(e.target.value)}
        >
          <option value="">{t('form.notSet')}</option>
          {(others.data?.items ?? [])
            .filter((o) => o.requestId !== item.requestId)
            .map((o) => (
              <option key={o.requestId} value={o.requestId}>
                {o.requestCode} {o.requestTitle}
              </option>
            ))}
        </SelectField>
      ) : null}
      {decision === 'COMPENSATE' ? (
        <>
          <TextField label={t('review.flat')} inputMode="numeric" value={flat} error={errors['compensation.flatPerOrganization']} onChange={(e) => setFlat(e.target.value)} />
          <TextField
            label={t('review.perHousehold')}
            inputMode="numeric"
            value={perHousehold}
            error={errors['compensation.perMemberHousehold']}
            onChange={(e) => setPerHousehold(e.target.value)}
          />
        </>
      ) : null}
      <TextAreaField label={t('review.reason')} required value={reason} error={errors.reason} onChange={(e) => setReason(e.target.value)} />
      <SelectField
        label={t('review.effectiveYear')}
        required
        value={effectiveYear}
        error={errors.effectiveYear}
        onChange={(e) => setEffectiveYear(e.target.value)}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {formatFiscalYear(y, lang)}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('review.decide')}
        </Button>
      </div>
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
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('review.markCarriedOut')}
        </Button>
      </div>
    </form>
  );
}
