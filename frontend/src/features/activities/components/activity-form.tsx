import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { api, unwrap, allItems } from '@/lib/api-client';
import { ApiError, NETWORK_ERROR_STATUS } from '@/lib/api-error';
import { useMe } from '@/lib/auth';
import { useVersionedForm } from '@/lib/forms';
import { useI18n, type TFunction } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useSections } from '@/lib/reference-data/sections';
import { isoDate } from '@/utils/fiscal-year';
import { ACTIVITY_TYPES, outbox, useSaveActivity, type Activity, type ActivityInput } from '../api/activities';

type FollowUpValues = { id: string; description: string; responsibleId: string; dueOn: string; status: 'OPEN' | 'DONE' };

export type ActivityValues = {
  type: string;
  occurredOn: string;
  startsAt: string;
  endsAt: string;
  districtIds: number[];
  organizationIds: number[];
  iWasThere: boolean;
  otherStaff: string;
  sectionIds: number[];
  summary: string;
  followUps: FollowUpValues[];
};

/** The form's values of a stored record, or of a kept (送信待ち) one, or a new one for today. */
export function valuesOf(a: Activity | ActivityInput | undefined, me: number | undefined): ActivityValues {
  const staff = a?.staff ?? [];
  return {
    type: a?.type ?? 'VISIT',
    occurredOn: a?.occurredOn ?? isoDate(),
    startsAt: a?.startsAt ?? '',
    endsAt: a?.endsAt ?? '',
    districtIds: a ? ('districts' in a ? a.districts.map((d) => d.id) : a.districtIds) : [],
    organizationIds: a ? ('organizations' in a ? a.organizations.map((o) => o.id) : (a.organizationIds ?? [])) : [],
    iWasThere: a ? staff.some((s) => s.userId !== undefined && s.userId === me) : true,
    otherStaff: staff
      .filter((s) => s.userId === undefined || s.userId !== me)
      .map((s) => s.name ?? '')
      .join('\n'),
    sectionIds: a ? ('sections' in a ? a.sections.map((s) => s.id) : (a.sectionIds ?? [])) : [],
    summary: a?.summary ?? '',
    followUps: (a?.followUps ?? []).map((f) => ({
      id: 'id' in f && f.id !== undefined ? String(f.id) : '',
      description: f.description,
      responsibleId: String(f.responsibleId ?? me ?? ''),
      dueOn: f.dueOn ?? '',
      status: f.status ?? 'OPEN',
    })),
  };
}

function activitySchema(t: TFunction, me: { id: number; displayName: string } | undefined) {
  const time = z.string().refine((v) => v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), t('activity.timeInvalid'));
  return z
    .object({
      type: z.string(),
      occurredOn: z.string().min(1, t('form.requiredMissing')),
      startsAt: time,
      endsAt: time,
      districtIds: z.array(z.number()).min(1, t('form.requiredMissing')),
      organizationIds: z.array(z.number()),
      iWasThere: z.boolean(),
      otherStaff: z.string(),
      sectionIds: z.array(z.number()),
      summary: z.string().trim().min(1, t('form.requiredMissing')),
      followUps: z.array(
        z.object({
          id: z.string(),
          description: z.string().trim().min(1, t('form.requiredMissing')),
          responsibleId: z.string().min(1, t('form.requiredMissing')),
          dueOn: z.string().min(1, t('form.requiredMissing')),
          status: z.enum(['OPEN', 'DONE']),
        }),
      ),
    })
    .transform(
      (v): ActivityInput => ({
        type: v.type as ActivityInput['type'],
        occurredOn: v.occurredOn,
        startsAt: v.startsAt || undefined,
        endsAt: v.endsAt || undefined,
        districtIds: v.districtIds,
        organizationIds: v.organizationIds,
        staff: [
          ...(v.iWasThere && me ? [{ userId: me.id }] : []),
          ...v.otherStaff
            .split('\n')
            .map((n) => n.trim())
            .filter((n) => n !== '')
            .map((name) => ({ name })),
        ],
        sectionIds: v.sectionIds,
        summary: v.summary.trim(),
        followUps: v.followUps.map((f) => ({
          id: f.id ? Number(f.id) : undefined,
          description: f.description.trim(),
          responsibleId: Number(f.responsibleId),
          dueOn: f.dueOn,
          status: f.status,
        })),
      }),
    );
}

/** Whether a failure means the request never reached the server (no signal): the record is then kept on the device. */
function noConnection(error: unknown): boolean {
  return !navigator.onLine || (error instanceof ApiError && error.status === NETWORK_ERROR_STATUS);
}

/**
 * 活動記録の入力: a new record (with an Idempotency-Key; kept on the device when there is no signal) or a change of one
 * (If-Match). Districts are the liaison's own (the office: any); organizations those of the chosen districts.
 */
export function ActivityForm({
  activity,
  etag,
  initial,
  onSaved,
  onKept,
  onCancel,
}: {
  activity?: Activity;
  etag?: string;
  /** A kept record taken back into the form to correct it. */
  initial?: ActivityInput;
  onSaved: (a: Activity) => void;
  onKept: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const me = useMe().data;
  const districts = useAllDistricts();
  const sections = useSections();
  const save = useSaveActivity(activity?.id);
  const schema = useMemo(() => activitySchema(t, me ?? undefined), [t, me]);
  const vf = useVersionedForm({
    schema,
    defaultValues: valuesOf(activity ?? initial, me?.id),
    create: !activity,
    etag,
    submit: async (body, { etag: ifMatch, idempotencyKey }) => {
      if (!activity && !navigator.onLine) return { kept: true as const, body };
      try {
        return await save.mutateAsync({ body, etag: ifMatch, idempotencyKey });
      } catch (e) {
        if (!activity && noConnection(e)) return { kept: true as const, body };
        throw e;
      }
    },
    onSaved: (result) => {
      if ('kept' in result) {
        outbox().add(result.body);
        onKept();
      } else {
        onSaved(result);
      }
    },
    reload: async () => onCancel(),
  });
  const control = vf.form.control;
  const [districtIds, organizationIds, sectionIds] = useWatch({
    control,
    name: ['districtIds', 'organizationIds', 'sectionIds'],
  });
  const rows = useFieldArray({ control, name: 'followUps' });
  // a liaison writes for their own districts; the office for any
  const own = me?.role === 'LIAISON' ? new Set(me.districtIds) : undefined;
  const districtChoices = (districts.data ?? []).filter((d) => !own || own.has(d.id) || districtIds.includes(d.id));
  const trees = useQueries({
    queries: districtIds.map((id) => ({
      queryKey: ['districts', id, 'organization-tree'],
      queryFn: () => allItems((query) => api.GET('/api/v1/districts/{id}/organization-tree', { params: { path: { id }, query } })),
      staleTime: 60_000,
    })),
  });
  type Node = { id: number; name: string; children?: Node[] };
  const orgChoices: { id: number; name: string }[] = [];
  const walk = (nodes: Node[], depth: number) => {
    for (const n of nodes) {
      orgChoices.push({ id: n.id, name: n.name });
      if (depth < 1) walk(n.children ?? [], depth + 1);
    }
  };
  trees.forEach((q) => walk((q.data ?? []) as Node[], 0));
  // who may be made responsible: the caller, the liaisons serving the chosen districts today, and whoever already is
  const liaisons = useQueries({
    queries: districtIds.map((id) => ({
      queryKey: ['districts', id, 'liaison-assignments'],
      queryFn: () =>
        unwrap(api.GET('/api/v1/districts/{id}/liaison-assignments', { params: { path: { id }, query: { size: 100 } } })),
      staleTime: 60_000,
    })),
  });
  const today = isoDate();
  const responsibleChoices = new Map<number, string>();
  if (me) responsibleChoices.set(me.id, me.displayName);
  liaisons.forEach((q) =>
    (q.data?.items ?? [])
      .filter((a) => a.startsOn <= today && (!a.endsOn || a.endsOn >= today))
      .forEach((a) => responsibleChoices.set(a.userId, a.displayName)),
  );
  activity?.followUps.forEach((f) => {
    if (f.responsibleId !== undefined) responsibleChoices.set(f.responsibleId, f.responsibleName ?? '');
  });

  const toggle = (name: 'districtIds' | 'organizationIds', list: number[], id: number, on: boolean) => {
    vf.form.setValue(name, on ? [...list, id] : list.filter((x) => x !== id), { shouldDirty: true });
    if (name === 'districtIds' && !on) {
      // organizations of a district no longer chosen go with it
      vf.form.setValue('organizationIds', []);
    }
  };
  const listError = (name: string) => vf.fieldError(name);

  return (
    <form {...vf.formProps} className="form activity-form" aria-label={activity ? t('activity.edit') : t('activity.new')}>
      <FormAlert form={vf} />
      <div className="form-grid">
        <FormSelectField form={vf} name="type" label={t('activity.type')} required>
          {ACTIVITY_TYPES.map((k) => (
            <option key={k} value={k}>
              {t(`activity.type.${k}`)}
            </option>
          ))}
        </FormSelectField>
        <FormTextField form={vf} name="occurredOn" label={t('activity.occurredOn')} type="date" required />
        <FormTextField form={vf} name="startsAt" label={t('activity.startsAt')} type="time" />
        <FormTextField form={vf} name="endsAt" label={t('activity.endsAt')} type="time" />
      </div>
      <fieldset className="fieldset" aria-describedby="activity-districts-hint">
        <legend>
          {t('activity.districts')} <span className="field-required">{t('form.required')}</span>
        </legend>
        <p id="activity-districts-hint" className="field-hint">
          {t('activity.districtsHint')}
        </p>
        {listError('districtIds') ? <p className="field-error">{listError('districtIds')}</p> : null}
        <div className="checkbox-columns">
          {districtChoices.map((d) => (
            <label key={d.id} className="checkbox-inline">
              <input
                type="checkbox"
                checked={districtIds.includes(d.id)}
                onChange={(e) => toggle('districtIds', districtIds, d.id, e.target.checked)}
              />{' '}
              {d.name}
            </label>
          ))}
        </div>
      </fieldset>
      {districtIds.length > 0 ? (
        <fieldset className="fieldset">
          <legend>{t('activity.organizations')}</legend>
          {orgChoices.length === 0 ? <p>{t('activity.noOrganizations')}</p> : null}
          <div className="checkbox-columns">
            {orgChoices.map((o) => (
              <label key={o.id} className="checkbox-inline">
                <input
                  type="checkbox"
                  checked={organizationIds.includes(o.id)}
                  onChange={(e) => toggle('organizationIds', organizationIds, o.id, e.target.checked)}
                />{' '}
                {o.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <fieldset className="fieldset">
        <legend>{t('activity.staff')}</legend>
        <label className="checkbox-inline">
          <input type="checkbox" {...vf.form.register('iWasThere')} /> {t('activity.iWasThere', { name: me?.displayName ?? '' })}
        </label>
        <FormTextAreaField form={vf} name="otherStaff" label={t('activity.otherStaff')} rows={2} />
      </fieldset>
      <label className="field">
        <span className="field-label">{t('activity.sections')}</span>
        <span className="field-hint">{t('activity.sectionsHint')}</span>
        <select
          multiple
          value={sectionIds.map(String)}
          onChange={(e) =>
            vf.form.setValue(
              'sectionIds',
              [...e.target.selectedOptions].map((o) => Number(o.value)),
            )
          }
          size={4}
        >
          {(sections.data?.items ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <Alert tone="info">{t('activity.privacy')}</Alert>
      <FormTextAreaField form={vf} name="summary" label={t('activity.summary')} rows={6} required />
      <fieldset className="fieldset">
        <legend>{t('activity.followUps')}</legend>
        {rows.fields.map((row, i) => (
          <fieldset key={row.id} className="fieldset follow-up-row">
            <legend>{t('followUp.row', { n: i + 1 })}</legend>
            <FormTextField form={vf} name={`followUps.${i}.description`} label={t('followUp.description')} required />
            <div className="form-grid">
              <FormSelectField form={vf} name={`followUps.${i}.responsibleId`} label={t('followUp.responsible')} required>
                {[...responsibleChoices].map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </FormSelectField>
              <FormTextField form={vf} name={`followUps.${i}.dueOn`} label={t('followUp.dueOn')} type="date" required />
              <FormSelectField form={vf} name={`followUps.${i}.status`} label={t('followUp.status')}>
                <option value="OPEN">{t('followUp.OPEN')}</option>
                <option value="DONE">{t('followUp.DONE')}</option>
              </FormSelectField>
            </div>
            <Button variant="secondary" onClick={() => rows.remove(i)}>
              {t('followUp.remove')}
            </Button>
          </fieldset>
        ))}
        <Button
          variant="secondary"
          onClick={() =>
            rows.append({ id: '', description: '', responsibleId: String(me?.id ?? ''), dueOn: '', status: 'OPEN' })
          }
        >
          {t('followUp.add')}
        </Button>
      </fieldset>
      <FormActions saving={vf.saving} disabled={vf.stale} onCancel={onCancel} />
    </form>
  );
}
