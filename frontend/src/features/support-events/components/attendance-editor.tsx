import { useMemo, useRef, useState } from 'react';
import { useFieldArray, useWatch, type FieldPath } from 'react-hook-form';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextField } from '@/components/form/form-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { useMe } from '@/lib/auth';
import { parseCount, useVersionedForm, type VersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { formatNumber } from '@/utils/format';
import { useDistrictOrganizations, useRecordAttendance, type SupportEvent } from '../api/support-events';
import {
  attendanceBodyOf,
  attendanceSchema,
  isEmptyRow,
  type AttendanceRowValues,
  type AttendanceValues,
} from '../utils/event-values';
import './support-events.css';
import '../i18n';

const MAX_ROWS = 200;
const emptyRow = (): AttendanceRowValues => ({ organizationId: '', registered: '', attended: '' });

/** A district's rows of the event as the form's values (one empty row for the district as a whole when none). */
export function attendanceValuesOf(event: SupportEvent, districtId: number): AttendanceValues {
  const rows = event.attendance
    .filter((r) => r.districtId === districtId)
    .map((r) => ({
      organizationId: r.organizationId === null ? '' : String(r.organizationId),
      registered: String(r.registered),
      attended: r.attended === null ? '' : String(r.attended),
    }));
  return { rows: rows.length > 0 ? rows : [emptyRow()] };
}

/**
 * 申込・出席の記録: the districts the caller may record (the office and the organizing section: any; a liaison: their
 * own), one at a time. Choosing one opens its rows — the district as a whole and its organizations, each with the
 * number who registered and who came (blank until the day) — saved together with the event's ETag.
 */
export function AttendanceEditor({ event, etag, onReload }: { event: SupportEvent; etag: string; onReload: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const districts = useAllDistricts();
  const manager = event.permissions.canManage;
  const mine = new Set(me.data?.districtIds ?? []);
  const choices = (districts.data ?? []).filter((d) => manager || mine.has(d.id));
  const [picked, setPicked] = useState<number | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  // a liaison of one district finds it chosen
  const chosen = picked ?? (!manager && mine.size === 1 ? [...mine][0] : undefined);
  const district = choices.find((d) => d.id === chosen);
  return (
    <>
      <p className="field-hint">{t('event.attendance.lead')}</p>
      <div className="event-district-choice">
        <SelectField
          label={t('event.attendance.chooseDistrict')}
          value={chosen === undefined ? '' : String(chosen)}
          onChange={(e) => {
            setSaved(undefined);
            setPicked(e.target.value ? Number(e.target.value) : undefined);
          }}
        >
          <option value="">{t('event.form.choose')}</option>
          {choices.map((d) => (
            <option key={d.id} value={d.id}>
              {d.wardName ? `${d.name}（${d.wardName}）` : d.name}
            </option>
          ))}
        </SelectField>
      </div>
      {saved ? <Alert tone="success">{t('event.attendance.saved', { district: saved })}</Alert> : null}
      {district ? (
        <DistrictAttendanceForm
          key={`${district.id}-${etag}`}
          event={event}
          etag={etag}
          districtId={district.id}
          districtName={district.name}
          onSaved={() => setSaved(district.name)}
          onEdited={() => setSaved(undefined)}
          onReload={onReload}
        />
      ) : null}
    </>
  );
}

type Form = VersionedForm<AttendanceValues>;

function DistrictAttendanceForm({
  event,
  etag,
  districtId,
  districtName,
  onSaved,
  onEdited,
  onReload,
}: {
  event: SupportEvent;
  etag: string;
  districtId: number;
  districtName: string;
  onSaved: () => void;
  onEdited: () => void;
  onReload: () => void;
}) {
  const { t, lang } = useI18n();
  const record = useRecordAttendance(event.id);
  const organizations = useDistrictOrganizations(districtId);
  const schema = useMemo(() => attendanceSchema(t), [t]);
  const vf: Form = useVersionedForm({
    schema,
    defaultValues: attendanceValuesOf(event, districtId),
    etag,
    submit: (values, meta) => record.mutateAsync({ districtId, body: { rows: attendanceBodyOf(values) }, etag: meta.etag ?? etag }),
    onSaved,
    // after a 412: the event read again, and this form opened afresh on its new version (keyed by the ETag)
    reload: async () => onReload(),
  });
  const rows = useFieldArray({ control: vf.form.control, name: 'rows' });
  const values = useWatch({ control: vf.form.control, name: 'rows' });
  const add = useRef<HTMLButtonElement>(null);
  const sum = (pick: (r: AttendanceRowValues) => string) =>
    values.filter((r) => !isEmptyRow(r)).reduce((n, r) => n + (parseCount(pick(r)) ?? 0), 0);
  const title = t('event.attendance.formTitle', { district: districtName });
  // the field's name as seen, and which row it is for a screen reader (each row repeats the same three fields)
  const rowLabel = (label: string, n: number) => (
    <>
      {label}
      <span className="visually-hidden">{t('event.attendance.rowN', { n })}</span>
    </>
  );
  return (
    <form {...vf.formProps} className="form event-attendance-form" aria-label={title} onChange={onEdited}>
      <h3>{title}</h3>
      <p className="field-hint">{t('event.attendance.attendedHint')}</p>
      <FormAlert form={vf} />
      <ol className="event-attendance-rows">
        {rows.fields.map((row, i) => {
          const n = i + 1;
          return (
            <li key={row.id} className="event-attendance-row">
              <FormSelectField
                form={vf}
                name={`rows.${i}.organizationId` as FieldPath<AttendanceValues>}
                label={rowLabel(t('event.attendance.organization'), n)}
              >
                <option value="">{t('event.attendance.wholeDistrict')}</option>
                {(organizations.data ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </FormSelectField>
              <FormTextField
                form={vf}
                name={`rows.${i}.registered` as FieldPath<AttendanceValues>}
                label={rowLabel(t('event.attendance.registered'), n)}
                inputMode="numeric"
                autoComplete="off"
              />
              <FormTextField
                form={vf}
                name={`rows.${i}.attended` as FieldPath<AttendanceValues>}
                label={rowLabel(t('event.attendance.attended'), n)}
                inputMode="numeric"
                autoComplete="off"
              />
              <div className="event-attendance-remove">
                <Button
                  variant="secondary"
                  className="btn-small"
                  onClick={() => {
                    rows.remove(i);
                    add.current?.focus();
                  }}
                >
                  {t('event.attendance.removeRow')}
                  <span className="visually-hidden">{t('event.attendance.rowN', { n })}</span>
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      {rows.fields.length === 0 ? <p>{t('event.attendance.noRows')}</p> : null}
      <Button variant="secondary" ref={add} disabled={rows.fields.length >= MAX_ROWS} onClick={() => rows.append(emptyRow())}>
        {t('event.attendance.addRow')}
      </Button>
      <p className="event-attendance-sum" aria-live="polite">
        {t('event.attendance.districtSum', {
          registered: formatNumber(sum((r) => r.registered), lang),
          attended: formatNumber(sum((r) => r.attended), lang),
        })}
      </p>
      <FormActions saving={vf.saving} disabled={vf.stale} label={t('event.attendance.save')} />
    </form>
  );
}
