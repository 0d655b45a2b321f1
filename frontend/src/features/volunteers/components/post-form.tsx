import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { ChoiceOptions, type Choice } from '@/components/ui/filters';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useVersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useKindLabel } from '@/lib/reference-data/organization-kinds';
import { POSTING_KINDS, usePostingOrganizations, useSaveVolunteerPost, type VolunteerPost } from '../api/volunteers';
import {
  MAX_ACTIVITY,
  MAX_CONDITIONS,
  MAX_PLACE,
  MAX_SCHEDULE,
  MAX_TITLE,
  postBodyOf,
  postSchema,
  postValuesOf,
} from '../utils/post-values';
import './volunteers.css';
import '../i18n';

/**
 * ボランティア募集の作成・編集: the district, then the council or association of it that posts the call (a liaison:
 * of their own districts), the call itself (活動名, 活動内容, 場所, the days, 日時, 募集人数, 条件) and its closing day,
 * which may not come after the activity's last day. A new post is sent with an Idempotency-Key, a change with the ETag
 * it was read with; the server's field errors go next to their fields, a 412 offers the post as it now stands.
 */
export function PostForm({
  post,
  etag,
  onSaved,
  onCancel,
  onReload,
}: {
  post?: VolunteerPost;
  etag?: string;
  onSaved: (saved: VolunteerPost) => void;
  onCancel: () => void;
  /** Reads the post again (after a 412); the page then opens the form afresh on the new version. */
  onReload?: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const districts = useAllDistricts();
  const kindLabel = useKindLabel();
  const save = useSaveVolunteerPost(post?.id);
  const office = hasRole(me.data, OFFICE_ROLES);
  const mine = me.data?.districtIds ?? [];
  const schema = useMemo(() => postSchema(t), [t]);
  const vf = useVersionedForm({
    schema,
    defaultValues: postValuesOf(post, { districtId: !office && mine.length === 1 ? mine[0] : undefined }),
    create: !post,
    etag,
    submit: (values, meta) => save.mutateAsync({ body: postBodyOf(values), etag: meta.etag, idempotencyKey: meta.idempotencyKey ?? '' }),
    onSaved,
    reload: async () => onReload?.(),
  });
  const districtId = useWatch({ control: vf.form.control, name: 'districtId' });
  const chosenDistrict = districtId ? Number(districtId) : undefined;
  const organizations = usePostingOrganizations(chosenDistrict);
  const districtChoices: Choice[] = (districts.data ?? [])
    .filter((d) => office || mine.includes(d.id) || d.id === post?.districtId)
    .map((d) => ({ value: d.id, label: d.wardName ? `${d.name}（${d.wardName}）` : d.name }));
  // the council first, then the associations, each in kana order; the post's own organization is kept whatever its kind
  const posting = (organizations.data ?? []).filter(
    (o) => (POSTING_KINDS as readonly string[]).includes(o.kind) || o.id === post?.organizationId,
  );
  const rank = (kind: string) => {
    const i = (POSTING_KINDS as readonly string[]).indexOf(kind);
    return i < 0 ? POSTING_KINDS.length : i;
  };
  const organizationChoices: Choice[] = [...posting]
    .sort((a, b) => rank(a.kind) - rank(b.kind))
    .map((o) => ({ value: o.id, label: o.name, group: kindLabel(o.kind) }));
  const noOrganizations = chosenDistrict !== undefined && organizations.isSuccess && organizationChoices.length === 0;
  const title = post ? t('volunteer.form.editTitle', { title: post.title }) : t('volunteer.form.newTitle');
  return (
    <form {...vf.formProps} className="form volunteer-form" aria-label={title}>
      <FormAlert form={vf} gone={t('volunteer.gone')} />
      <div className="form-grid">
        <FormSelectField
          form={vf}
          name="districtId"
          label={t('volunteer.district')}
          required
          hint={office ? undefined : t('volunteer.form.districtHint')}
          onChange={() => vf.form.setValue('organizationId', '')}
        >
          <option value="">{t('volunteer.form.choose')}</option>
          <ChoiceOptions choices={districtChoices} />
        </FormSelectField>
        <FormSelectField
          form={vf}
          name="organizationId"
          label={t('volunteer.organization')}
          required
          disabled={chosenDistrict === undefined}
          hint={noOrganizations ? t('volunteer.form.noOrganizations') : t('volunteer.form.organizationHint')}
        >
          <option value="">{chosenDistrict === undefined ? t('volunteer.form.chooseDistrictFirst') : t('volunteer.form.choose')}</option>
          <ChoiceOptions choices={organizationChoices} />
        </FormSelectField>
      </div>
      <FormTextField form={vf} name="title" label={t('volunteer.title')} required maxLength={MAX_TITLE} />
      <FormTextAreaField
        form={vf}
        name="activity"
        label={t('volunteer.activity')}
        required
        rows={4}
        maxLength={MAX_ACTIVITY}
        hint={t('volunteer.form.activityHint')}
      />
      <FormTextField form={vf} name="place" label={t('volunteer.place')} maxLength={MAX_PLACE} />
      <div className="form-grid">
        <FormTextField form={vf} name="startsOn" type="date" label={t('volunteer.startsOn')} required />
        <FormTextField form={vf} name="endsOn" type="date" label={t('volunteer.endsOn')} hint={t('volunteer.form.endsOnHint')} />
      </div>
      <div className="form-grid">
        <FormTextField
          form={vf}
          name="schedule"
          label={t('volunteer.schedule')}
          maxLength={MAX_SCHEDULE}
          hint={t('volunteer.form.scheduleHint')}
        />
        <FormTextField form={vf} name="wanted" label={t('volunteer.wanted')} required inputMode="numeric" hint={t('volunteer.form.wantedHint')} />
      </div>
      <FormTextAreaField form={vf} name="conditions" label={t('volunteer.conditions')} rows={3} maxLength={MAX_CONDITIONS} />
      <div className="form-grid">
        <FormTextField
          form={vf}
          name="closesOn"
          type="date"
          label={t('volunteer.closesOnLong')}
          required
          hint={t('volunteer.form.closesOnHint')}
        />
      </div>
      <FormActions saving={vf.saving} disabled={vf.stale || vf.gone} onCancel={onCancel} />
    </form>
  );
}
