import { useMemo, useRef } from 'react';
import { useFieldArray, useWatch, type FieldPath } from 'react-hook-form';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormCheckboxField, FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { Button } from '@/components/ui/button';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useVersionedForm, type VersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { FACILITY_KINDS, FACILITY_OWNERS, WORK_KINDS, useSaveFacility, useSubsidyPrograms, type Facility } from '../api/facilities';
import {
  emptyRoom,
  emptyWork,
  facilityBodyOf,
  facilityFieldOf,
  facilitySchema,
  facilityValuesOf,
  MAX_ADDRESS,
  MAX_NAME,
  MAX_NOTE,
  MAX_OWNER_NAME,
  MAX_ROOM_NAME,
  MAX_ROOMS,
  MAX_WORK_DESCRIPTION,
  MAX_WORKS,
  type FacilityValues,
} from '../utils/facility-values';
import { facilityKindLabel, ownerLabel, workKindLabel } from '../utils/labels';
import './facilities.css';
import '../i18n';

type Form = VersionedForm<FacilityValues>;

/**
 * 施設の登録・編集: the facility, its rooms and its construction and repair history, each work with the subsidy that
 * paid for it (a program of the catalogue) and the amounts. The office edits any facility; a liaison those of their
 * own districts and never the city's rooms, so their choices hold only those. A new facility is sent with an
 * Idempotency-Key, a change with the ETag it was read with; the server's field errors go to the row they are about.
 */
export function FacilityForm({
  facility,
  etag,
  districtId,
  onSaved,
  onCancel,
  onReload,
}: {
  facility?: Facility;
  etag?: string;
  /** The district a new facility is added to (opened from its profile). */
  districtId?: number;
  onSaved: (saved: Facility) => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const districts = useAllDistricts();
  const save = useSaveFacility(facility?.id);
  const office = hasRole(me.data, OFFICE_ROLES);
  const mine = new Set(me.data?.districtIds ?? []);
  const rows = useRef<{ roomRows: number[]; workRows: number[] }>({ roomRows: [], workRows: [] });
  const schema = useMemo(() => facilitySchema(t), [t]);
  const vf: Form = useVersionedForm({
    schema,
    defaultValues: facilityValuesOf(facility, { districtId }),
    create: !facility,
    etag,
    submit: (values, meta) => {
      const { body, roomRows, workRows } = facilityBodyOf(values);
      rows.current = { roomRows, workRows };
      return save.mutateAsync({ body, etag: meta.etag, idempotencyKey: meta.idempotencyKey ?? '' });
    },
    onSaved,
    fieldOf: (field) => facilityFieldOf(field, rows.current.roomRows, rows.current.workRows),
    reload: async () => onReload?.(),
  });
  const [kind, owner] = useWatch({ control: vf.form.control, name: ['kind', 'owner'] });
  const kinds = FACILITY_KINDS.filter((k) => office || k !== 'CITY_ROOM' || facility?.kind === k);
  const districtChoices = (districts.data ?? []).filter((d) => office || mine.has(d.id) || d.id === facility?.districtId);
  const title = facility ? t('facility.form.editTitle', { name: facility.name }) : t('facility.form.newTitle');
  return (
    <form {...vf.formProps} className="form facility-form" aria-label={title}>
      <FormAlert form={vf} gone={t('facility.gone')} />
      <FormTextField form={vf} name="name" label={t('facility.name')} required maxLength={MAX_NAME} />
      <div className="form-grid">
        <FormSelectField form={vf} name="kind" label={t('facility.kindLabel')} required>
          <option value="">{t('facility.form.choose')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {facilityKindLabel(t, k)}
            </option>
          ))}
        </FormSelectField>
        {kind === 'CITY_ROOM' ? (
          <div className="field">
            <span className="field-label">{t('facility.district')}</span>
            <p className="facility-fixed">{t('facility.form.cityRoomNoDistrict')}</p>
          </div>
        ) : (
          <FormSelectField form={vf} name="districtId" label={t('facility.district')} required>
            <option value="">{t('facility.form.choose')}</option>
            {districtChoices.map((d) => (
              <option key={d.id} value={d.id}>
                {d.wardName ? `${d.name}（${d.wardName}）` : d.name}
              </option>
            ))}
          </FormSelectField>
        )}
      </div>
      <FormTextField form={vf} name="address" label={t('facility.address')} maxLength={MAX_ADDRESS} autoComplete="off" />
      <div className="form-grid">
        <FormSelectField form={vf} name="owner" label={t('facility.owner')} required>
          {FACILITY_OWNERS.map((o) => (
            <option key={o} value={o}>
              {ownerLabel(t, o)}
            </option>
          ))}
        </FormSelectField>
        {owner !== 'CITY' ? (
          <FormTextField form={vf} name="ownerName" label={t('facility.ownerName')} maxLength={MAX_OWNER_NAME} hint={t('facility.form.ownerNameHint')} />
        ) : null}
        <FormTextField form={vf} name="capacity" label={t('facility.capacity')} inputMode="numeric" hint={t('facility.form.peopleHint')} />
        <FormTextField form={vf} name="builtYear" label={t('facility.builtYear')} inputMode="numeric" hint={t('facility.form.builtYearHint')} />
      </div>
      <FormCheckboxField form={vf} name="lentByCity" label={t('facility.form.lentByCity')} />
      <FormTextAreaField form={vf} name="note" label={t('facility.note')} rows={3} maxLength={MAX_NOTE} />
      <RoomRows form={vf} />
      <WorkRows form={vf} />
      <FormActions saving={vf.saving} disabled={vf.stale || vf.gone} onCancel={onCancel} />
    </form>
  );
}

/** The field's name as seen, and which row it is for a screen reader (each row repeats the same fields). */
function RowLabel({ label, row }: { label: string; row: string }) {
  return (
    <>
      {label}
      <span className="visually-hidden">{row}</span>
    </>
  );
}

/** 部屋: a name and a capacity each; rows with nothing typed are not sent. */
function RoomRows({ form }: { form: Form }) {
  const { t } = useI18n();
  const rooms = useFieldArray({ control: form.form.control, name: 'rooms' });
  const add = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className="fieldset">
      <legend>{t('facility.rooms')}</legend>
      {rooms.fields.length > 0 ? (
        <ol className="facility-rows">
          {rooms.fields.map((row, i) => {
            const n = t('facility.form.roomN', { n: i + 1 });
            return (
              <li key={row.id} className="facility-room-row">
                <FormTextField
                  form={form}
                  name={`rooms.${i}.name` as FieldPath<FacilityValues>}
                  label={<RowLabel label={t('facility.roomName')} row={n} />}
                  maxLength={MAX_ROOM_NAME}
                />
                <FormTextField
                  form={form}
                  name={`rooms.${i}.capacity` as FieldPath<FacilityValues>}
                  label={<RowLabel label={t('facility.roomCapacity')} row={n} />}
                  inputMode="numeric"
                />
                <div className="facility-row-actions">
                  <Button
                    variant="secondary"
                    className="btn-small"
                    onClick={() => {
                      rooms.remove(i);
                      add.current?.focus();
                    }}
                  >
                    {t('facility.form.remove')}
                    <span className="visually-hidden">{n}</span>
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="field-hint">{t('facility.noRooms')}</p>
      )}
      <Button variant="secondary" ref={add} disabled={rooms.fields.length >= MAX_ROOMS} onClick={() => rooms.append(emptyRoom())}>
        {t('facility.form.addRoom')}
      </Button>
    </fieldset>
  );
}

/** 建設・修繕の履歴: each work with its day, kind, what was done, the cost and the subsidy that paid for it. */
function WorkRows({ form }: { form: Form }) {
  const { t, lang } = useI18n();
  const works = useFieldArray({ control: form.form.control, name: 'works' });
  const programs = useSubsidyPrograms();
  const chosen = useWatch({ control: form.form.control, name: 'works' });
  const add = useRef<HTMLButtonElement>(null);
  const known = new Set((programs.data ?? []).map((p) => String(p.id)));
  return (
    <fieldset className="fieldset">
      <legend>{t('facility.works')}</legend>
      <p className="field-hint">{t('facility.form.worksHint')}</p>
      {works.fields.length > 0 ? (
        <ol className="facility-rows">
          {works.fields.map((row, i) => {
            const n = t('facility.form.workN', { n: i + 1 });
            const at = (field: string) => `works.${i}.${field}` as FieldPath<FacilityValues>;
            const programId = chosen[i]?.programId ?? '';
            return (
              <li key={row.id} className="facility-work-row">
                <fieldset className="fieldset facility-work">
                  <legend>{n}</legend>
                  <div className="form-grid">
                    <FormTextField form={form} name={at('doneOn')} type="date" label={t('facility.work.doneOn')} required />
                    <FormSelectField form={form} name={at('kind')} label={t('facility.work.kind')} required>
                      <option value="">{t('facility.form.choose')}</option>
                      {WORK_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {workKindLabel(t, k)}
                        </option>
                      ))}
                    </FormSelectField>
                  </div>
                  <FormTextField
                    form={form}
                    name={at('description')}
                    label={t('facility.work.description')}
                    required
                    maxLength={MAX_WORK_DESCRIPTION}
                  />
                  <FormSelectField
                    form={form}
                    name={at('programId')}
                    label={t('facility.work.program')}
                    hint={t('facility.form.programHint')}
                    onChange={() => form.form.setValue(at('grantCaseId'), '')}
                  >
                    <option value="">{t('facility.form.noProgram')}</option>
                    {(programs.data ?? []).map((p) => (
                      <option key={p.id} value={p.id}>
                        {t('facility.form.programOption', { name: p.name, year: formatFiscalYear(p.fiscalYear, lang) })}
                      </option>
                    ))}
                    {programId && !known.has(programId) ? <option value={programId}>{t('facility.work.programLink')}</option> : null}
                  </FormSelectField>
                  <div className="form-grid">
                    <FormTextField
                      form={form}
                      name={at('costYen')}
                      label={t('facility.work.costYen')}
                      inputMode="numeric"
                      hint={t('facility.form.yenHint')}
                    />
                    <FormTextField
                      form={form}
                      name={at('subsidyYen')}
                      label={t('facility.work.subsidyYen')}
                      inputMode="numeric"
                      hint={t('facility.form.subsidyHint')}
                    />
                  </div>
                  <Button
                    variant="secondary"
                    className="btn-small"
                    onClick={() => {
                      works.remove(i);
                      add.current?.focus();
                    }}
                  >
                    {t('facility.form.removeWork')}
                    <span className="visually-hidden">{n}</span>
                  </Button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="field-hint">{t('facility.noWorks')}</p>
      )}
      <Button variant="secondary" ref={add} disabled={works.fields.length >= MAX_WORKS} onClick={() => works.append(emptyWork())}>
        {t('facility.form.addWork')}
      </Button>
    </fieldset>
  );
}
