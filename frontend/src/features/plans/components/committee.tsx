import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { StaleAlert } from '@/components/ui/stale-alert';
import { TableScroll } from '@/components/ui/table-scroll';
import { ApiError, fieldErrorsOf, problemMessage } from '@/lib/api-error';
import { mergeErrors, optional, useFocusFirstInvalid } from '@/lib/form';
import { useI18n } from '@/lib/i18n';
import { fiscalYearOf, formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { newKey } from '@/utils/id';
import {
  MEETING_PAGE_SIZE,
  useCommitteeMeetings,
  useCommitteeMembers,
  useSaveCommitteeMeeting,
  useSaveCommitteeMember,
} from '../api/committee';
import { usePlans } from '../api/plans';
import type { CommitteeMeeting, CommitteeMeetingInput, CommitteeMember, CommitteeMemberInput } from '../api/types';
import { attendeeChoices } from '../utils/committee';
import { planYears } from '../utils/format';
import './plans.css';
import './committee.css';

type Mode<T> = { kind: 'add' } | { kind: 'edit'; record: T } | null;

function term(lang: 'ja' | 'en', from: string | undefined, to: string | undefined): string {
  const f = from ? formatWarekiDate(from, lang) : '';
  const t = to ? formatWarekiDate(to, lang) : '';
  return `${f} 〜 ${t}`.trim();
}

// Members -----------------------------------------------------------------------------------------------------

/**
 * 委員: the members serving now (and, on request, former ones). Contact details are shown only where the API
 * sends them, which is to the office and admins.
 */
export function CommitteeMembersPanel({ canEdit }: { canEdit: boolean }) {
  const { t, lang } = useI18n();
  const [showPast, setShowPast] = useState(false);
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const members = useCommitteeMembers({ active: showPast ? undefined : true, q: query || undefined });
  const [mode, setMode] = useState<Mode<CommitteeMember>>(null);
  const [notice, setNotice] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  const list = members.data ?? [];
  const withEmail = list.some((m) => m.email);
  const withPhone = list.some((m) => m.phone);
  const caption = t('committee.members');

  const close = (saved: boolean) => {
    setMode(null);
    setNotice(saved);
    window.setTimeout(() => addButton.current?.focus(), 0);
  };

  return (
    <section aria-labelledby="committee-members">
      <h2 id="committee-members">{caption}</h2>
      <form
        className="filters"
        role="search"
        aria-label={t('committee.memberFilters')}
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(q.trim());
        }}
      >
        <TextField label={t('committee.search')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <CheckboxField label={t('committee.showPast')} checked={showPast} onChange={(e) => setShowPast(e.target.checked)} />
        <div className="filters-actions">
          <Button type="submit">{t('district.searchSubmit')}</Button>
        </div>
      </form>
      {notice ? <Alert tone="success">{t('committee.memberSaved')}</Alert> : null}
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <QueryError error={members.error} onRetry={() => void members.refetch()} />
      ) : list.length === 0 ? (
        <p>{t('committee.noMembers')}</p>
      ) : (
        <TableScroll label={caption}>
          <table className="table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('committee.member.name')}</th>
                <th scope="col">{t('committee.member.affiliation')}</th>
                <th scope="col">{t('committee.member.roleTitle')}</th>
                <th scope="col">{t('committee.member.term')}</th>
                {withEmail ? <th scope="col">{t('committee.member.email')}</th> : null}
                {withPhone ? <th scope="col">{t('committee.member.phone')}</th> : null}
                {canEdit ? <th scope="col">{t('committee.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.id} className={m.active === false ? 'is-past' : undefined}>
                  <th scope="row">
                    {m.name}
                    {m.kana ? (
                      <span className="kana" lang="ja">
                        {m.kana}
                      </span>
                    ) : null}
                    {m.active === false ? <span className="tag tag-status">{t('officer.status.ended')}</span> : null}
                  </th>
                  <td className="wrap">{m.affiliation}</td>
                  <td>{m.roleTitle ?? ''}</td>
                  <td className="term">{term(lang, m.termFrom, m.termTo)}</td>
                  {withEmail ? <td>{m.email ? <a href={`mailto:${m.email}`}>{m.email}</a> : ''}</td> : null}
                  {withPhone ? <td className="nowrap">{m.phone ?? ''}</td> : null}
                  {canEdit ? (
                    <td className="row-actions">
                      <Button
                        variant="secondary"
                        className="btn-small"
                        onClick={() => {
                          setNotice(false);
                          setMode({ kind: 'edit', record: m });
                        }}
                      >
                        {t('form.edit')}
                        <span className="visually-hidden">: {m.name}</span>
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {!withEmail && !withPhone && !canEdit ? <p className="field-hint">{t('committee.contactHidden')}</p> : null}

      {canEdit && mode ? (
        <MemberForm
          key={mode.kind === 'edit' ? mode.record.id : 'add'}
          member={mode.kind === 'edit' ? mode.record : undefined}
          onSaved={() => close(true)}
          onCancel={() => close(false)}
        />
      ) : null}
      {canEdit && !mode ? (
        <div className="panel-actions">
          <Button
            ref={addButton}
            variant="secondary"
            onClick={() => {
              setNotice(false);
              setMode({ kind: 'add' });
            }}
          >
            {t('committee.addMember')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

type MemberValues = Record<keyof CommitteeMemberInput, string>;

function memberValuesOf(m: CommitteeMember | undefined): MemberValues {
  return {
    name: m?.name ?? '',
    kana: m?.kana ?? '',
    affiliation: m?.affiliation ?? '',
    roleTitle: m?.roleTitle ?? '',
    termFrom: m?.termFrom ?? '',
    termTo: m?.termTo ?? '',
    email: m?.email ?? '',
    phone: m?.phone ?? '',
  };
}

function MemberForm({
  member,
  onSaved,
  onCancel,
}: {
  member: CommitteeMember | undefined;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveCommitteeMember(member);
  const [values, setValues] = useState<MemberValues>(() => memberValuesOf(member));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const form = useFocusFirstInvalid(attempt);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const errors = mergeErrors(clientErrors, fieldErrorsOf(save.error));
  const stale = save.error instanceof ApiError && save.error.isStale;
  const set = (k: keyof MemberValues, v: string) => {
    setValues((prev) => ({ ...prev, [k]: v }));
    setIdempotencyKey(newKey());
  };
  const title = member ? t('committee.editMember', { name: member.name ?? '' }) : t('committee.addMember');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!values.name.trim()) found.name = t('form.requiredMissing');
    if (!values.affiliation.trim()) found.affiliation = t('form.requiredMissing');
    if (!values.termFrom) found.termFrom = t('form.requiredMissing');
    if (values.termFrom && values.termTo && values.termTo < values.termFrom) found.termTo = t('officer.termOrder');
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    const body: CommitteeMemberInput = {
      name: values.name.trim(),
      kana: optional(values.kana),
      affiliation: values.affiliation.trim(),
      roleTitle: optional(values.roleTitle),
      termFrom: values.termFrom,
      termTo: optional(values.termTo),
      email: optional(values.email),
      phone: optional(values.phone),
    };
    save.mutate({ body, idempotencyKey }, { onSuccess: onSaved, onError: () => setAttempt((a) => a + 1) });
  };

  const field = (k: keyof MemberValues, label: string, extra: Record<string, unknown> = {}) => (
    <TextField label={label} name={k} value={values[k]} error={errors[k]} onChange={(e) => set(k, e.target.value)} {...extra} />
  );

  return (
    <form ref={form} className="form form-panel" noValidate onSubmit={submit} aria-label={title}>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {stale ? (
        <StaleAlert onReload={onCancel} />
      ) : save.error ? (
        <Alert tone="error">{problemMessage(save.error, t)}</Alert>
      ) : null}
      <div className="form-grid">
        {field('name', t('committee.member.name'), { required: true, autoComplete: 'off' })}
        {field('kana', t('committee.member.kana'), { autoComplete: 'off', lang: 'ja', hint: t('org.kanaHint') })}
        {field('affiliation', t('committee.member.affiliation'), { required: true })}
        {field('roleTitle', t('committee.member.roleTitle'), { hint: t('committee.roleTitleHint') })}
        {field('termFrom', t('committee.member.termFrom'), { type: 'date', required: true })}
        {field('termTo', t('committee.member.termTo'), { type: 'date', hint: t('officer.termEndHint') })}
      </div>
      <fieldset className="fieldset">
        <legend>{t('committee.contact')}</legend>
        <p className="field-hint">{t('committee.contactHint')}</p>
        <div className="form-grid">
          {field('email', t('committee.member.email'), { type: 'email', autoComplete: 'off' })}
          {field('phone', t('committee.member.phone'), { type: 'tel', inputMode: 'tel', autoComplete: 'off' })}
        </div>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending || stale}>
          {save.isPending ? t('form.saving') : t('form.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}

// Meetings ----------------------------------------------------------------------------------------------------

/** 会議: what each meeting discussed and who attended, by fiscal year (?fy=) and page (?page=). */
export function CommitteeMeetingsPanel({ canEdit }: { canEdit: boolean }) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useSearchParams();
  const fy = Number(search.get('fy')) || undefined;
  const page = Math.max(1, Number(search.get('page')) || 1);
  const meetings = useCommitteeMeetings(fy, page);
  const plans = usePlans();
  const [mode, setMode] = useState<Mode<CommitteeMeeting>>(null);
  const [notice, setNotice] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const firstPlan = plans.data?.items?.[0];
  const years = planYears(firstPlan);
  if (fy && !years.includes(fy)) years.push(fy);
  const caption = t('committee.meetings');
  const items = meetings.data?.items ?? [];

  const close = (saved: boolean) => {
    setMode(null);
    setNotice(saved);
    window.setTimeout(() => addButton.current?.focus(), 0);
  };

  return (
    <section aria-labelledby="committee-meetings">
      <h2 id="committee-meetings">{caption}</h2>
      <form className="filters filters-single" onSubmit={(e) => e.preventDefault()} aria-label={t('committee.meetingFilters')}>
        <SelectField
          label={t('committee.meeting.fiscalYear')}
          value={fy ? String(fy) : ''}
          onChange={(e) => {
            const next = new URLSearchParams(search);
            if (e.target.value) next.set('fy', e.target.value);
            else next.delete('fy');
            next.delete('page');
            setSearch(next);
          }}
        >
          <option value="">{t('plan.all')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {formatFiscalYear(y, lang)}
            </option>
          ))}
        </SelectField>
      </form>
      {notice ? <Alert tone="success">{t('committee.meetingSaved')}</Alert> : null}
      {meetings.isPending ? (
        <Loading />
      ) : meetings.isError ? (
        <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : (
        <div className="results" aria-busy={meetings.isFetching}>
          {items.length === 0 ? (
            <p>{t('committee.noMeetings')}</p>
          ) : (
            <TableScroll label={caption}>
              <table className="table">
                <caption className="visually-hidden">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('committee.meeting.number')}</th>
                    <th scope="col">{t('committee.meeting.heldOn')}</th>
                    <th scope="col">{t('committee.meeting.agenda')}</th>
                    <th scope="col">{t('committee.meeting.attendees')}</th>
                    {canEdit ? <th scope="col">{t('committee.actions')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {items.map((m) => {
                    const name = meetingName(t, m);
                    return (
                      <tr key={m.id}>
                        <th scope="row" className="nowrap">
                          {name}
                        </th>
                        <td className="nowrap">
                          {m.heldOn ? formatWarekiDate(m.heldOn, lang) : ''}
                          {m.fiscalYear !== undefined ? (
                            <span className="th-sub">{formatFiscalYear(m.fiscalYear, lang)}</span>
                          ) : null}
                        </td>
                        <td className="wrap">
                          <span className="pre-line">{m.agenda ?? ''}</span>
                          {m.minutes ? (
                            <details>
                              <summary>
                                {t('committee.meeting.minutes')}
                                <span className="visually-hidden">: {name}</span>
                              </summary>
                              <p className="pre-line">{m.minutes}</p>
                            </details>
                          ) : null}
                        </td>
                        <td className="wrap">
                          {(m.attendees ?? []).map((a) => a.name).join('、')}
                          <span className="th-sub">{t('committee.attendeesCount', { count: m.attendees?.length ?? m.attendeeIds?.length ?? 0 })}</span>
                        </td>
                        {canEdit ? (
                          <td className="row-actions">
                            <Button
                              variant="secondary"
                              className="btn-small"
                              onClick={() => {
                                setNotice(false);
                                setMode({ kind: 'edit', record: m });
                              }}
                            >
                              {t('form.edit')}
                              <span className="visually-hidden">: {name}</span>
                            </Button>
                          </td>
                        ) : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          )}
          <Pagination page={meetings.data.page ?? page} size={meetings.data.size ?? MEETING_PAGE_SIZE} total={meetings.data.total ?? 0} />
        </div>
      )}

      {canEdit && mode ? (
        <MeetingForm
          key={mode.kind === 'edit' ? mode.record.id : 'add'}
          meeting={mode.kind === 'edit' ? mode.record : undefined}
          plans={(plans.data?.items ?? []).map((p) => ({ id: p.id ?? 0, name: p.name ?? '' }))}
          years={years}
          onSaved={() => close(true)}
          onCancel={() => close(false)}
        />
      ) : null}
      {canEdit && !mode ? (
        <div className="panel-actions">
          <Button
            ref={addButton}
            variant="secondary"
            onClick={() => {
              setNotice(false);
              setMode({ kind: 'add' });
            }}
          >
            {t('committee.addMeeting')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function meetingName(t: ReturnType<typeof useI18n>['t'], m: CommitteeMeeting): string {
  return m.meetingNumber !== undefined ? t('committee.meeting.numberValue', { n: m.meetingNumber }) : t('committee.meeting.unnumbered');
}

type MeetingValues = {
  planId: string;
  meetingNumber: string;
  heldOn: string;
  fiscalYear: string;
  agenda: string;
  minutes: string;
  attendeeIds: number[];
};

function MeetingForm({
  meeting,
  plans,
  years,
  onSaved,
  onCancel,
}: {
  meeting: CommitteeMeeting | undefined;
  plans: { id: number; name: string }[];
  years: number[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const save = useSaveCommitteeMeeting(meeting);
  const members = useCommitteeMembers({});
  const [values, setValues] = useState<MeetingValues>(() => ({
    planId: String(meeting?.planId ?? plans[0]?.id ?? ''),
    meetingNumber: meeting?.meetingNumber !== undefined ? String(meeting.meetingNumber) : '',
    heldOn: meeting?.heldOn ?? '',
    fiscalYear: meeting?.fiscalYear !== undefined ? String(meeting.fiscalYear) : '',
    agenda: meeting?.agenda ?? '',
    minutes: meeting?.minutes ?? '',
    attendeeIds: meeting?.attendeeIds ?? [],
  }));
  // The fiscal year follows the date until someone chooses it.
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const form = useFocusFirstInvalid(attempt);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const errors = mergeErrors(clientErrors, fieldErrorsOf(save.error));
  const stale = save.error instanceof ApiError && save.error.isStale;
  const set = <K extends keyof MeetingValues>(k: K, v: MeetingValues[K]) => {
    setValues((prev) => ({ ...prev, [k]: v }));
    setIdempotencyKey(newKey());
  };
  const title = meeting ? t('committee.editMeeting', { name: meetingName(t, meeting) }) : t('committee.addMeeting');
  const choices = attendeeChoices(members.data ?? [], values.heldOn || undefined, values.attendeeIds);
  const yearOptions = [...years];
  if (values.fiscalYear && !yearOptions.includes(Number(values.fiscalYear))) yearOptions.push(Number(values.fiscalYear));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!values.heldOn) found.heldOn = t('form.requiredMissing');
    if (values.meetingNumber && !/^\d+$/.test(values.meetingNumber.normalize('NFKC').trim())) {
      found.meetingNumber = t('form.notInteger');
    }
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      setAttempt((a) => a + 1);
      return;
    }
    const body: CommitteeMeetingInput = {
      planId: values.planId ? Number(values.planId) : undefined,
      meetingNumber: values.meetingNumber ? Number(values.meetingNumber.normalize('NFKC').trim()) : undefined,
      heldOn: values.heldOn,
      agenda: optional(values.agenda),
      minutes: optional(values.minutes),
      attendeeIds: values.attendeeIds,
    };
    save.mutate({ body, idempotencyKey }, { onSuccess: onSaved, onError: () => setAttempt((a) => a + 1) });
  };

  return (
    <form ref={form} className="form form-panel" noValidate onSubmit={submit} aria-label={title}>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {stale ? (
        <StaleAlert onReload={onCancel} />
      ) : save.error ? (
        <Alert tone="error">{problemMessage(save.error, t)}</Alert>
      ) : null}
      <div className="form-grid">
        {plans.length > 1 ? (
          <SelectField label={t('committee.meeting.plan')} value={values.planId} error={errors.planId} onChange={(e) => set('planId', e.target.value)}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          label={t('committee.meeting.number')}
          inputMode="numeric"
          hint={t('committee.meeting.numberHint')}
          value={values.meetingNumber}
          error={errors.meetingNumber}
          onChange={(e) => set('meetingNumber', e.target.value)}
        />
        <TextField
          label={t('committee.meeting.heldOn')}
          type="date"
          required
          value={values.heldOn}
          error={errors.heldOn}
          onChange={(e) => {
            const heldOn = e.target.value;
            setValues((prev) => ({
              ...prev,
              heldOn,
            }));
            setIdempotencyKey(newKey());
          }}
        />
        <p className="field-note">
          {t('committee.meeting.fiscalYear')}:{' '}
          {/^\d{4}-\d{2}-\d{2}$/.test(values.heldOn) ? formatFiscalYear(fiscalYearOf(values.heldOn), lang) : '—'}
        </p>
      </div>
      <TextAreaField label={t('committee.meeting.agenda')} rows={3} value={values.agenda} error={errors.agenda} onChange={(e) => set('agenda', e.target.value)} />
      <TextAreaField label={t('committee.meeting.minutes')} rows={6} value={values.minutes} error={errors.minutes} onChange={(e) => set('minutes', e.target.value)} />
      <fieldset className="fieldset">
        <legend>{t('committee.meeting.attendees')}</legend>
        {errors.attendeeIds ? <p className="field-error">{errors.attendeeIds}</p> : null}
        {members.isPending ? (
          <Loading />
        ) : choices.length === 0 ? (
          <p>{t('committee.noMembersOn')}</p>
        ) : (
          <div className="checkbox-columns">
            {choices.map((m) => (
              <label key={m.id} className="checkbox-inline">
                <input
                  type="checkbox"
                  checked={m.id !== undefined && values.attendeeIds.includes(m.id)}
                  onChange={(e) =>
                    set(
                      'attendeeIds',
                      e.target.checked
                        ? [...values.attendeeIds, m.id!]
                        : values.attendeeIds.filter((id) => id !== m.id),
                    )
                  }
                />{' '}
                {m.name}
                {m.affiliation ? <span className="muted">（{m.affiliation}）</span> : null}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending || stale}>
          {save.isPending ? t('form.saving') : t('form.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
