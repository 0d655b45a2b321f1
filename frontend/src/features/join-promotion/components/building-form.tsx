import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { useMe } from '@/lib/auth';
import { useVersionedForm, type VersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useDistrictAssociations, useSaveNewBuilding, type NewBuilding } from '../api/join-promotion';
import { isOffice } from '../utils/permissions';
import { buildingBodyOf, buildingSchema, buildingValuesOf, type BuildingValues } from '../utils/values';
import './join-promotion.css';
import '../i18n';

type Form = VersionedForm<BuildingValues>;

/**
 * 新築集合住宅の登録・編集: the notice (number, day), the building, its district — a liaison chooses among their own
 * districts — and the association of that district its residents would join, its units, developer, management company
 * and planned completion. A new building is sent with an Idempotency-Key, a change with the ETag it was read with; the
 * outcome and the contacts are recorded on the building's page.
 */
export function BuildingForm({
  building,
  etag,
  districtId,
  onSaved,
  onCancel,
  onReload,
}: {
  building?: NewBuilding;
  etag?: string;
  /** The district a new building is recorded in (opened from its profile). */
  districtId?: number;
  onSaved: (saved: NewBuilding) => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const districts = useAllDistricts();
  const save = useSaveNewBuilding(building?.id);
  const office = isOffice(me.data);
  const mine = new Set(me.data?.districtIds ?? []);
  const schema = useMemo(() => buildingSchema(t, building?.joinedUnits ?? 0), [t, building?.joinedUnits]);
  const vf: Form = useVersionedForm({
    schema,
    defaultValues: buildingValuesOf(building, { districtId }),
    create: !building,
    etag,
    submit: (values, meta) => save.mutateAsync({ body: buildingBodyOf(values), etag: meta.etag, idempotencyKey: meta.idempotencyKey }),
    onSaved,
    reload: async () => onReload?.(),
  });
  const chosen = useWatch({ control: vf.form.control, name: 'districtId' });
  const associations = useDistrictAssociations(chosen ? Number(chosen) : undefined);
  const current = building?.organizationId !== undefined ? String(building.organizationId) : '';
  const known = new Set((associations.data ?? []).map((o) => String(o.id)));
  const districtChoices = (districts.data ?? []).filter((d) => office || mine.has(d.id) || d.id === building?.districtId);
  const title = building ? t('jp.building.editTitle', { name: building.name }) : t('jp.building.newTitle');
  return (
    <form {...vf.formProps} className="form" aria-label={title}>
      <FormAlert form={vf} gone={t('jp.building.gone')} />
      <div className="form-grid">
        <FormTextField form={vf} name="noticeNo" label={t('jp.building.noticeNo')} maxLength={40} autoComplete="off" hint={t('jp.building.noticeNoHint')} />
        <FormTextField form={vf} name="noticeOn" type="date" label={t('jp.building.noticeOn')} required />
      </div>
      <FormTextField form={vf} name="name" label={t('jp.building.name')} required maxLength={200} autoComplete="off" hint={t('jp.building.nameHint')} />
      <FormTextField form={vf} name="address" label={t('jp.building.address')} required maxLength={300} autoComplete="off" />
      <div className="form-grid">
        <FormSelectField
          form={vf}
          name="districtId"
          label={t('jp.district')}
          required
          onChange={() => vf.form.setValue('organizationId', '')}
        >
          <option value="">{t('jp.choose')}</option>
          {districtChoices.map((d) => (
            <option key={d.id} value={d.id}>
              {d.wardName ? `${d.name}（${d.wardName}）` : d.name}
            </option>
          ))}
        </FormSelectField>
        <FormSelectField
          form={vf}
          name="organizationId"
          label={t('jp.building.association')}
          hint={chosen ? t('jp.building.associationHint') : t('jp.building.chooseDistrictFirst')}
          disabled={!chosen}
        >
          <option value="">{t('jp.building.noAssociation')}</option>
          {(associations.data ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
          {current && !known.has(current) && String(building?.districtId) === chosen ? (
            <option value={current}>{building?.organizationName ?? current}</option>
          ) : null}
        </FormSelectField>
      </div>
      <div className="form-grid">
        <FormTextField form={vf} name="units" label={t('jp.building.units')} required inputMode="numeric" autoComplete="off" hint={t('jp.building.unitsHint')} />
        <FormTextField form={vf} name="completionOn" type="date" label={t('jp.building.completionOn')} />
      </div>
      <div className="form-grid">
        <FormTextField form={vf} name="developer" label={t('jp.building.developer')} required maxLength={200} autoComplete="off" />
        <FormTextField form={vf} name="managementCompany" label={t('jp.building.managementCompany')} maxLength={200} autoComplete="off" />
      </div>
      <FormTextAreaField form={vf} name="note" label={t('jp.note')} rows={3} maxLength={2000} />
      <FormActions saving={vf.saving} disabled={vf.stale || vf.gone} onCancel={onCancel} />
    </form>
  );
}
