import { useMemo, useState } from 'react';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { useFocusOnMount, useVersionedForm } from '@/lib/forms';
import { enumLabel, useT } from '@/lib/i18n';
import { isoDate } from '@/utils/fiscal-year';
import type { Officer } from '../api/get-officers';
import { officerEtag, officerInputOf, useDeleteOfficer, useUpdateOfficer } from '../api/officer-mutations';

type Props = {
  organizationId: number;
  officer: Officer;
  onDone: (officer: Officer) => void;
  onCancel: () => void;
  /** The officer as it is now (after a 412), or undefined if it is gone. */
  onReload: () => Promise<Officer | undefined>;
};

/** After a 412: the officer as it is now and its ETag (what was typed stays), or that it was deleted. */
function officerReload(onReload: Props['onReload'], setBase: (o: Officer) => void) {
  return async () => {
    const fresh = await onReload();
    if (!fresh) return { gone: true as const };
    setBase(fresh);
    return { etag: officerEtag(fresh) };
  };
}

/**
 * 任期終了: records the last day of the term (today unless changed). The rest of the officer is
 * sent back as it was read, with its ETag.
 */
export function EndTermForm({ organizationId, officer, onDone, onCancel, onReload }: Props) {
  const t = useT();
  const update = useUpdateOfficer(organizationId);
  const [base, setBase] = useState(officer);
  const termStart = base.termStart;
  const schema = useMemo(
    () =>
      z
        .object({ termEnd: z.string().min(1, t('form.requiredMissing')) })
        .refine((v) => !(termStart && v.termEnd < termStart), {
          path: ['termEnd'],
          message: t('officer.termOrder'),
        }),
    [t, termStart],
  );
  const vf = useVersionedForm({
    schema,
    defaultValues: {
      termEnd: officer.termStart && officer.termStart > isoDate() ? officer.termStart : isoDate(),
    },
    etag: officerEtag(officer),
    submit: ({ termEnd }, { etag }) =>
      update.mutateAsync({ id: base.id, etag: etag ?? '', body: officerInputOf(base, { termEnd }) }),
    onSaved: onDone,
    // The date typed stays; the rest of the officer is taken as it is now.
    reload: officerReload(onReload, setBase),
  });
  const title = t('officer.endTermTitle', {
    name: officer.personName ?? '',
    role: enumLabel(t, 'officer.role', officer.role),
  });

  return (
    <FormPanel form={vf} title={title}>
      <p>{t('officer.endTermLead')}</p>
      <FormAlert form={vf} gone={t('officer.gone')} />
      <FormTextField form={vf} name="termEnd" label={t('officer.termEnd')} type="date" required />
      <FormActions saving={vf.saving} disabled={vf.stale || vf.gone} label={t('officer.endTermSubmit')} onCancel={onCancel} />
    </FormPanel>
  );
}

/** 削除: asks once more, in words that point a finished term to 任期終了 instead. */
export function DeleteOfficerConfirm({ organizationId, officer, onDone, onCancel, onReload }: Props) {
  const t = useT();
  const remove = useDeleteOfficer(organizationId);
  const [base, setBase] = useState(officer);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  // A confirmation is a form without fields: the same If-Match, 412 and 428 handling as the others.
  const vf = useVersionedForm({
    schema: z.object({}),
    defaultValues: {},
    etag: officerEtag(officer),
    submit: (_values, { etag }) => remove.mutateAsync({ id: base.id, etag: etag ?? '' }),
    onSaved: () => onDone(base),
    reload: officerReload(onReload, setBase),
  });
  const title = t('officer.deleteTitle', {
    name: officer.personName ?? '',
    role: enumLabel(t, 'officer.role', officer.role),
  });

  return (
    <section className="form-panel confirm-panel" aria-labelledby="officer-delete-title">
      <h3 id="officer-delete-title" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p>{t('officer.deleteLead')}</p>
      <FormAlert form={vf} gone={t('officer.gone')} />
      <FormActions
        className="btn-danger"
        saving={vf.saving}
        disabled={vf.stale || vf.gone}
        label={t('officer.deleteSubmit')}
        savingLabel={t('officer.deleting')}
        onClick={() => void vf.submit()}
        onCancel={onCancel}
      />
    </section>
  );
}
