import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { useCommitteeMeetings } from '../../api/committee';
import { usePlans } from '../../api/plans';
import type { CommitteeMeeting } from '../../api/types';
import { planYears } from '../../utils/format';
import { MeetingForm } from './meeting-form';
import { meetingName, type Mode } from './shared';

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
  const firstPlan = plans.data?.items[0];
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
                          <span className="th-sub">{formatFiscalYear(m.fiscalYear, lang)}</span>
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
                          {m.attendees.map((a) => a.name).join('、')}
                          <span className="th-sub">{t('committee.attendeesCount', { count: m.attendees.length })}</span>
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
          <Pagination page={meetings.data.page} size={meetings.data.size} total={meetings.data.total} />
        </div>
      )}

      {canEdit && mode ? (
        <MeetingForm
          key={mode.kind === 'edit' ? mode.record.id : 'add'}
          meeting={mode.kind === 'edit' ? mode.record : undefined}
          plans={(plans.data?.items ?? []).map((p) => ({ id: p.id, name: p.name }))}
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

