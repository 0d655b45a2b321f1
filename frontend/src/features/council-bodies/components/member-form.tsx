import { useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { ChoiceOptions, type Choice } from '@/components/ui/filters';
import { useVersionedForm, type VersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { fetchMember, useDistrictOrganizations, useSaveMember, versionEtag, type Member, type Roster } from '../api/council-bodies';
import { memberInputOf, memberSchema, memberValuesOf, type MemberValues } from '../utils/form-values';
import './council-bodies.css';
import '../i18n';

type Form = VersionedForm<MemberValues>;

/**
 * 構成員の登録・変更: the seat, the person (name and reading: personal data), the district and organization they
 * represent (a district representative's district is required, and the districts without one come first), the term
 * and a note. A change goes with the member's version as it was listed; a new member with an Idempotency-Key.
 */
export function MemberForm({
  roster,
  member,
  onSaved,
  onCancel,
}: {
  roster: Roster;
  member?: Member;
  onSaved: (saved: Member) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const districts = useAllDistricts();
  const save = useSaveMember(roster.bodyId, member?.id);
  const base = useRef(member);
  const seatOf = (id: string) => roster.seats.find((s) => String(s.id) === id);
  const schema = useMemo(
    () => memberSchema(t, (id) => roster.seats.find((s) => String(s.id) === id)?.filling === 'DISTRICT_REPRESENTATIVE'),
    [t, roster.seats],
  );
  const vf: Form = useVersionedForm({
    schema,
    defaultValues: memberValuesOf(member, roster.seats.length === 1 ? roster.seats[0]?.id : undefined),
    create: !member,
    etag: member ? versionEtag(member) : undefined,
    submit: (values, meta) => save.mutateAsync({ body: memberInputOf(values), etag: meta.etag, idempotencyKey: meta.idempotencyKey }),
    onSaved,
    reload: async () => {
      const id = base.current?.id;
      const fresh = id === undefined ? undefined : await fetchMember(id);
      if (!fresh) return { gone: true };
      base.current = fresh;
      return { values: memberValuesOf(fresh), etag: versionEtag(fresh) };
    },
  });
  const [seatId, districtId] = useWatch({ control: vf.form.control, name: ['seatId', 'districtId'] });
  const seat = seatOf(seatId);
  const representative = seat?.filling === 'DISTRICT_REPRESENTATIVE';
  const organizations = useDistrictOrganizations(districtId ? Number(districtId) : undefined);

  // For a district representative's seat, the districts without one come first.
  const vacant = new Set((seat?.vacantDistricts ?? []).map((d) => d.id));
  const districtChoices: Choice[] = (districts.data ?? []).map((d) => ({
    value: d.id,
    label: d.wardName ? `${d.name}（${d.wardName}）` : d.name,
    group: representative && vacant.size > 0 ? (vacant.has(d.id) ? t('council.member.vacantDistricts') : t('council.member.otherDistricts')) : undefined,
  }));
  if (representative && vacant.size > 0) districtChoices.sort((a, b) => Number(!vacant.has(Number(a.value))) - Number(!vacant.has(Number(b.value))));
  // the member's organization stays a choice while the district's list loads (or when it is of no district)
  const orgChoices = organizations.data ?? [];
  const ownOrg =
    member?.organizationId !== undefined && !orgChoices.some((o) => o.id === member.organizationId)
      ? [{ id: member.organizationId, name: member.organizationName ?? '' }]
      : [];
  const title = member
    ? t('council.member.editTitle', { name: member.personName ?? t('council.hiddenName') })
    : t('council.member.addTitle');
  return (
    <FormPanel form={vf} title={title}>
      <FormAlert form={vf} gone={t('council.member.gone')} />
      <div className="form-grid">
        <FormSelectField form={vf} name="seatId" label={t('council.seat.title')} required>
          <option value="">{t('council.form.choose')}</option>
          {roster.seats.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </FormSelectField>
        <FormTextField form={vf} name="personName" label={t('council.member.name')} required autoComplete="off" lang="ja" />
        <FormTextField form={vf} name="personKana" label={t('council.member.kana')} autoComplete="off" lang="ja" />
      </div>
      <div className="form-grid">
        <FormSelectField
          form={vf}
          name="districtId"
          label={t('council.member.district')}
          required={representative}
          hint={representative ? t('council.member.districtHintRepresentative') : t('council.member.districtHint')}
          onChange={() => vf.form.setValue('organizationId', '')}
        >
          <option value="">{t('council.form.none')}</option>
          <ChoiceOptions choices={districtChoices} />
        </FormSelectField>
        <FormSelectField
          form={vf}
          name="organizationId"
          label={t('council.member.organization')}
          hint={districtId ? undefined : t('council.member.organizationHint')}
        >
          <option value="">{t('council.form.none')}</option>
          {[...ownOrg, ...orgChoices].map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </FormSelectField>
      </div>
      <div className="form-grid">
        <FormTextField form={vf} name="termStart" label={t('council.member.termStart')} type="date" required />
        <FormTextField
          form={vf}
          name="termEnd"
          label={t('council.member.termEnd')}
          type="date"
          hint={seat?.termYears !== undefined ? t('council.member.termEndHintYears', { n: seat.termYears }) : t('council.member.termEndHint')}
        />
      </div>
      <FormTextField form={vf} name="note" label={t('council.note')} hint={t('council.member.noteHint')} autoComplete="off" />
      <FormActions saving={vf.saving} disabled={vf.stale || vf.gone} onCancel={onCancel} />
    </FormPanel>
  );
}
