import { useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { useVersionedForm, type VersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { fetchSeat, SEAT_FILLINGS, useSaveSeat, versionEtag, type Seat } from '../api/council-bodies';
import { seatInputOf, seatSchema, seatValuesOf, type SeatValues } from '../utils/form-values';
import { fillingLabel } from '../utils/labels';
import './council-bodies.css';
import '../i18n';

type Form = VersionedForm<SeatValues>;

/**
 * 役職の追加・変更: its title, how it is filled, its 定数 (none for 各校区の代表: one place per district the body reaches),
 * its 任期 in years, its place in the list and a note. A change goes with the seat's version as it was listed.
 */
export function SeatForm({
  bodyId,
  seat,
  onSaved,
  onCancel,
}: {
  bodyId: number;
  seat?: Seat;
  onSaved: (saved: Seat) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const save = useSaveSeat(bodyId, seat?.id);
  const base = useRef(seat);
  const schema = useMemo(() => seatSchema(t), [t]);
  const vf: Form = useVersionedForm({
    schema,
    defaultValues: seatValuesOf(seat),
    create: !seat,
    etag: seat ? versionEtag(seat) : undefined,
    submit: (values, meta) => save.mutateAsync({ body: seatInputOf(values), etag: meta.etag, idempotencyKey: meta.idempotencyKey }),
    onSaved,
    reload: async () => {
      const id = base.current?.id;
      const fresh = id === undefined ? undefined : await fetchSeat(id);
      if (!fresh) return { gone: true };
      base.current = fresh;
      return { values: seatValuesOf(fresh), etag: versionEtag(fresh) };
    },
  });
  const filling = useWatch({ control: vf.form.control, name: 'filling' });
  const representative = filling === 'DISTRICT_REPRESENTATIVE';
  return (
    <FormPanel form={vf} title={seat ? t('council.seat.editTitle', { title: seat.title }) : t('council.seat.addTitle')}>
      <FormAlert form={vf} gone={t('council.seat.gone')} />
      <FormTextField form={vf} name="title" label={t('council.seat.title')} hint={t('council.seat.titleHint')} required autoComplete="off" />
      <ChoiceGroup legend={t('council.seat.filling')} required error={vf.fieldError('filling')}>
        {SEAT_FILLINGS.map((f) => (
          <label key={f} className="radio-inline">
            <input type="radio" value={f} {...vf.form.register('filling')} /> {fillingLabel(t, f)}
          </label>
        ))}
      </ChoiceGroup>
      <div className="form-grid">
        {representative ? (
          <p className="field-hint council-seat-reach">{t('council.seat.representativeHint')}</p>
        ) : (
          <FormTextField form={vf} name="seats" label={t('council.seat.seats')} hint={t('council.seat.seatsHint')} required inputMode="numeric" autoComplete="off" />
        )}
        <FormTextField form={vf} name="termYears" label={t('council.seat.termYears')} hint={t('council.seat.termYearsHint')} inputMode="numeric" autoComplete="off" />
        <FormTextField form={vf} name="sortOrder" label={t('council.form.sortOrder')} hint={t('council.seat.sortOrderHint')} inputMode="numeric" autoComplete="off" />
      </div>
      <FormTextField form={vf} name="note" label={t('council.note')} autoComplete="off" />
      <FormActions saving={vf.saving} disabled={vf.stale || vf.gone} onCancel={onCancel} />
    </FormPanel>
  );
}
