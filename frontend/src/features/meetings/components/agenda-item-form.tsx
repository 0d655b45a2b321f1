import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { TextField } from '@/components/ui/field';
import { useVersionedForm } from '@/lib/forms';
import { useT } from '@/lib/i18n';
import { useSections } from '@/lib/reference-data/sections';
import { useAddAgendaItem, useRequestSearch, type AgendaItemInput } from '../api/meetings';

type Picked = { id: number; title: string };

/** 議題の追加: title, the presenting section (from the reference data) and the requests it carries (a search picker). */
export function AgendaItemForm({ meetingId, onSaved, onCancel }: { meetingId: number; onSaved: () => void; onCancel: () => void }) {
  const t = useT();
  const sections = useSections();
  const add = useAddAgendaItem(meetingId);
  const [q, setQ] = useState('');
  const found = useRequestSearch(q.trim());
  const [picked, setPicked] = useState<Picked[]>([]);
  const schema = useMemo(
    () =>
      z
        .object({ title: z.string().trim().min(1, t('form.requiredMissing')), sectionId: z.string(), requestIds: z.array(z.number()) })
        .transform(
          (v): AgendaItemInput => ({
            title: v.title,
            sectionId: v.sectionId ? Number(v.sectionId) : undefined,
            sectionName: sections.data?.items.find((s) => String(s.id) === v.sectionId)?.name,
            requestIds: v.requestIds,
          }),
        ),
    [t, sections.data],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: { title: '', sectionId: '', requestIds: [] as number[] },
    create: true,
    submit: (body, { idempotencyKey }) => add.mutateAsync({ body, idempotencyKey: idempotencyKey ?? '' }),
    onSaved,
  });
  const requestIds = useWatch({ control: vf.form.control, name: 'requestIds' });
  const toggle = (r: Picked, on: boolean) => {
    const next = on ? [...picked.filter((p) => p.id !== r.id), r] : picked.filter((p) => p.id !== r.id);
    setPicked(next);
    vf.form.setValue(
      'requestIds',
      next.map((p) => p.id),
    );
  };
  const candidates: Picked[] = [
    ...picked,
    ...(found.data?.items ?? []).filter((r) => !picked.some((p) => p.id === r.id)).map((r) => ({ id: r.id, title: r.title })),
  ];
  return (
    <FormPanel form={vf} title={t('meetings.addItem')}>
      <FormAlert form={vf} />
      <FormTextField form={vf} name="title" label={t('meetings.item')} required maxLength={500} />
      <div className="form-grid">
        <FormSelectField form={vf} name="sectionId" label={t('request.section')}>
          <option value="">{t('meetings.noSection')}</option>
          {(sections.data?.items ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </FormSelectField>
      </div>
      <fieldset className="fieldset">
        <legend>{t('meetings.linkedRequests')}</legend>
        <TextField label={t('meetings.findRequest')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        {candidates.length === 0 ? (
          <p>{t('meetings.noRequestFound')}</p>
        ) : (
          <div className="checkbox-columns">
            {candidates.map((r) => (
              <label key={r.id} className="checkbox-inline">
                <input type="checkbox" checked={requestIds.includes(r.id)} onChange={(e) => toggle(r, e.target.checked)} /> {r.title}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <FormActions saving={vf.saving} onCancel={onCancel} />
    </FormPanel>
  );
}
