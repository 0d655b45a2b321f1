import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { QueryState } from '@/components/ui/query-state';
import { formPath, useVersionedForm, type VersionedForm } from '@/lib/forms';
import { useI18n, type TFunction } from '@/lib/i18n';
import { formatNumber } from '@/utils/format';
import {
  ATTENDANCE_STATUSES,
  useAttendance,
  useRecordAttendance,
  type Attendance,
  type AttendanceRow,
  type AttendanceStatus,
} from '../api/council-bodies';
import { figuresText, quorumText, statusLabel } from '../utils/labels';
import { QuorumBadge } from './badges';
import './council-bodies.css';
import '../i18n';

type RowValues = { memberId: number; status: AttendanceStatus | '' };
type Values = { rows: RowValues[] };
type Form = VersionedForm<Values>;

const valuesOf = (a: Attendance): Values => ({ rows: a.rows.map((r) => ({ memberId: r.memberId, status: r.status ?? '' })) });

/** Who a row is, for a screen reader and when the name is hidden: the name, else the seat and whom they represent. */
function who(r: AttendanceRow, t: TFunction): string {
  return r.personName ?? t('council.attendance.hiddenWho', { seat: r.seatTitle, representing: r.representing ?? t('council.hiddenName') });
}

/**
 * 出欠: the figures of the meeting as recorded (構成員・出席・委任状・欠席, the 定足数 and whether it was met), then the
 * members in term on its day, each with their attendance. Who may record it (the office, a liaison of the body's
 * district) chooses 出席, 委任状, 欠席 or 未記録 per member — or everyone present at once — and saves the whole sheet with
 * the meeting's ETag. `transfer`: what the page adds under it (the office's download and import of the sheet).
 */
export function MeetingAttendance({ meetingId, transfer }: { meetingId: number; transfer?: ReactNode }) {
  const { t, lang } = useI18n();
  const attendance = useAttendance(meetingId);
  const [saved, setSaved] = useState(false);
  return (
    <QueryState query={attendance}>
      {({ data: a, etag }) => (
        <>
          <p className="council-figures" data-testid="attendance-figures">
            {a.figures ? (
              <>
                <span>{figuresText(a.figures, t, lang)}</span>
                <span>{t('council.figures.dash')}</span>
                <span>{quorumText(a.figures, a.quorum, a.proxiesCount, t, lang)}</span>
                {a.figures.quorumMet !== null ? <QuorumBadge figures={a.figures} /> : null}
              </>
            ) : (
              <span>{t('council.attendance.notRecordedYet')}</span>
            )}
          </p>
          {saved ? <Alert tone="success">{t('council.attendance.saved')}</Alert> : null}
          {a.rows.length === 0 ? (
            <p>
              {t('council.attendance.noMembers')} <Link to={`/council-bodies/${a.bodyId}`}>{t('council.attendance.toBody')}</Link>
            </p>
          ) : a.permissions.canEdit ? (
            <AttendanceForm
              key={etag}
              attendance={a}
              etag={etag}
              onSaved={() => setSaved(true)}
              onEdited={() => setSaved(false)}
              onReload={() => void attendance.refetch()}
            />
          ) : (
            <AttendanceTable attendance={a} />
          )}
          {transfer}
        </>
      )}
    </QueryState>
  );
}

function AttendanceTable({ attendance: a }: { attendance: Attendance }) {
  const { t } = useI18n();
  return (
    <DataTable
      label={t('council.attendance.caption')}
      rows={a.rows}
      rowKey={(r) => r.memberId}
      testId="attendance"
      columns={[
        { key: 'name', header: t('council.member.name'), rowHeader: true, cell: (r) => r.personName ?? <span className="muted">{t('council.hiddenName')}</span> },
        { key: 'status', header: t('council.attendance.status'), cell: (r) => statusLabel(t, r.status) },
        { key: 'seat', header: t('council.seat.title'), cell: (r) => r.seatTitle },
        { key: 'representing', header: t('council.member.representing'), className: 'wrap', cell: (r) => r.representing ?? '—' },
      ]}
    />
  );
}

function AttendanceForm({
  attendance: a,
  etag,
  onSaved,
  onEdited,
  onReload,
}: {
  attendance: Attendance;
  etag: string;
  onSaved: () => void;
  onEdited: () => void;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const record = useRecordAttendance(a.meetingId);
  // which row of the form each sent row came from (rows without a choice are not sent)
  const sent = useRef<number[]>([]);
  const schema = useMemo(() => z.custom<Values>(), []);
  const vf: Form = useVersionedForm({
    schema,
    defaultValues: valuesOf(a),
    etag,
    submit: (values, meta) => {
      const chosen = values.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.status !== '');
      sent.current = chosen.map(({ i }) => i);
      return record.mutateAsync({
        rows: chosen.map(({ r }) => ({ memberId: r.memberId, status: r.status as AttendanceStatus })),
        etag: meta.etag ?? etag,
      });
    },
    onSaved,
    fieldOf: (field) => {
      const m = /^rows\.(\d+)\.\w+$/.exec(formPath(field));
      return m ? `rows.${sent.current[Number(m[1])] ?? Number(m[1])}.status` : undefined;
    },
    // after a 412: the sheet read again, and this form opened afresh on its new version (keyed by the ETag)
    reload: async () => onReload(),
  });
  const rows = useWatch({ control: vf.form.control, name: 'rows' });
  const count = (s: AttendanceStatus | '') => formatNumber(rows.filter((r) => r.status === s).length, lang);
  const everyonePresent = () => {
    onEdited();
    rows.forEach((_, i) => vf.form.setValue(`rows.${i}.status`, 'PRESENT', { shouldDirty: true }));
  };
  const choices: (AttendanceStatus | '')[] = [...ATTENDANCE_STATUSES, ''];
  return (
    <form {...vf.formProps} className="form council-attendance-form" aria-label={t('council.attendance.formTitle')} onChange={onEdited}>
      <FormAlert form={vf} />
      <div className="council-toolbar">
        <Button variant="secondary" onClick={everyonePresent}>
          {t('council.attendance.allPresent')}
        </Button>
      </div>
      <DataTable
        label={t('council.attendance.caption')}
        rows={a.rows}
        rowKey={(r) => r.memberId}
        testId="attendance"
        columns={[
          {
            key: 'name',
            header: t('council.member.name'),
            rowHeader: true,
            cell: (r) => r.personName ?? <span className="muted">{t('council.hiddenName')}</span>,
          },
          {
            key: 'status',
            header: t('council.attendance.status'),
            className: 'council-attendance-cell',
            cell: (r, i) => {
              const error = vf.fieldError(`rows.${i}.status`);
              return (
                <fieldset className="council-attendance-choice">
                  <legend className="visually-hidden">{t('council.attendance.legend', { who: who(r, t) })}</legend>
                  {choices.map((s) => (
                    <label key={s || 'none'} className="radio-inline">
                      <input type="radio" value={s} {...vf.form.register(`rows.${i}.status`)} /> {statusLabel(t, s || undefined)}
                    </label>
                  ))}
                  {error ? <p className="field-error">{error}</p> : null}
                </fieldset>
              );
            },
          },
          { key: 'seat', header: t('council.seat.title'), cell: (r) => r.seatTitle },
          { key: 'representing', header: t('council.member.representing'), className: 'wrap', cell: (r) => r.representing ?? '—' },
        ]}
      />
      <p className="council-attendance-tally" aria-live="polite" data-testid="attendance-tally">
        {t('council.attendance.tally', { present: count('PRESENT'), proxy: count('PROXY'), absent: count('ABSENT'), none: count('') })}
      </p>
      <FormActions saving={vf.saving} disabled={vf.stale} label={t('council.attendance.save')} />
    </form>
  );
}
