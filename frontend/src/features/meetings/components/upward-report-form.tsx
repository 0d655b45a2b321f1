import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { api, allItems } from '@/lib/api-client';
import { useMe } from '@/lib/auth';
import { optional, useVersionedForm } from '@/lib/forms';
import { useI18n, type MessageKey, type TFunction } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { sectionChoices, useSections, type Section } from '@/lib/reference-data/sections';
import { isoDate } from '@/utils/fiscal-year';
import {
  UPWARD_REPORT_TYPES,
  useSaveUpwardReport,
  type UpwardReport,
  type UpwardReportInput,
} from '../api/upward-reports';

/** A section named in the report without being one of the registry's (an import from a spreadsheet): kept as it is. */
const NAMED_SECTION = 'named';

export type UpwardReportValues = {
  type: string;
  title: string;
  districtId: string;
  organizationId: string;
  receivedOn: string;
  section: string;
  url: string;
  note: string;
};

export function reportValues(r: UpwardReport | undefined, districtId?: number): UpwardReportValues {
  return {
    type: r?.type ?? '',
    title: r?.title ?? '',
    districtId: r ? String(r.districtId) : districtId ? String(districtId) : '',
    organizationId: r?.organizationId ? String(r.organizationId) : '',
    receivedOn: r?.receivedOn ?? isoDate(),
    section: r?.sectionId ? String(r.sectionId) : r?.sectionName ? NAMED_SECTION : '',
    url: r?.url ?? '',
    note: r?.note ?? '',
  };
}

export function reportSchema(t: TFunction, sections: readonly Section[], report: UpwardReport | undefined, today: string) {
  return z
    .object({
      type: z.string().min(1, t('reports.chooseType')),
      title: z.string().trim().min(1, t('form.requiredMissing')).max(300, t('reports.tooLong', { max: 300 })),
      districtId: z.string().min(1, t('reports.chooseDistrict')),
      organizationId: z.string(),
      receivedOn: z
        .string()
        .min(1, t('form.requiredMissing'))
        .refine((v) => v <= today, t('reports.futureDate')),
      section: z.string(),
      url: z
        .string()
        .trim()
        .refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), t('reports.urlInvalid')),
      note: z.string().max(2000, t('reports.tooLong', { max: 2000 })),
    })
    .transform((v): UpwardReportInput => {
      const section =
        v.section === NAMED_SECTION
          ? { sectionName: report?.sectionName }
          : v.section
            ? { sectionId: Number(v.section), sectionName: sections.find((s) => s.id === Number(v.section))?.name }
            : {};
      return {
        type: v.type as UpwardReportInput['type'],
        title: v.title.trim(),
        districtId: Number(v.districtId),
        organizationId: v.organizationId ? Number(v.organizationId) : undefined,
        receivedOn: v.receivedOn,
        ...section,
        url: optional(v.url),
        note: optional(v.note),
      };
    });
}

type Node = { id: number; name: string; children?: Node[] };

/**
 * 校区からの報告の登録・編集: what came in (種類, 件名), from which district (a liaison: one of theirs; the office:
 * any) and organization, when, and which section it went to; the link and note are for staff only.
 */
export function UpwardReportForm({
  report,
  etag,
  districtId,
  onSaved,
  onCancel,
}: {
  report?: UpwardReport;
  etag?: string;
  /** A new report's district, chosen beforehand (from the district's page). */
  districtId?: number;
  onSaved: (r: UpwardReport) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const me = useMe().data;
  const districts = useAllDistricts();
  const sections = useSections();
  const save = useSaveUpwardReport(report?.id);
  const sectionList = sections.data?.items;
  const schema = useMemo(() => reportSchema(t, sectionList ?? [], report, isoDate()), [t, sectionList, report]);
  const vf = useVersionedForm({
    schema,
    defaultValues: reportValues(report, districtId),
    create: !report,
    etag,
    submit: (body, meta) => save.mutateAsync({ body, etag: meta.etag, idempotencyKey: meta.idempotencyKey }),
    onSaved,
    reload: async () => onCancel(),
    // the server names the section by either field; the form has one
    fieldOf: (field) => (field === 'sectionId' || field === 'sectionName' ? 'section' : undefined),
  });
  const chosen = useWatch({ control: vf.form.control, name: 'districtId' });
  const chosenId = chosen ? Number(chosen) : undefined;
  // a liaison records for their own districts; the office for any (a record being edited keeps its district)
  const own = me?.role === 'LIAISON' ? new Set(me.districtIds) : undefined;
  const districtChoices = (districts.data ?? []).filter((d) => !own || own.has(d.id) || d.id === report?.districtId);
  const tree = useQuery({
    queryKey: ['districts', chosenId, 'organization-tree'],
    queryFn: () =>
      allItems((query) => api.GET('/api/v1/districts/{id}/organization-tree', { params: { path: { id: chosenId ?? 0 }, query } })),
    enabled: chosenId !== undefined,
    staleTime: 60_000,
  });
  const orgChoices: { id: number; name: string }[] = [];
  const walk = (nodes: Node[], depth: number) => {
    for (const n of nodes) {
      orgChoices.push({ id: n.id, name: n.name });
      if (depth < 1) walk(n.children ?? [], depth + 1);
    }
  };
  walk((tree.data ?? []) as Node[], 0);
  if (report?.organizationId && report.districtId === chosenId && !orgChoices.some((o) => o.id === report.organizationId)) {
    orgChoices.push({ id: report.organizationId, name: report.organizationName ?? t('history.unnamed') });
  }
  const groups = new Map<string, { value: number; label: string }[]>();
  for (const c of sectionChoices(sectionList)) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return (
    <FormPanel form={vf} title={report ? t('reports.edit') : t('reports.new')} level={2}>
      <FormAlert form={vf} />
      <div className="form-grid">
        <FormSelectField
          form={vf}
          name="districtId"
          label={t('request.district')}
          required
          onChange={() => vf.form.setValue('organizationId', '')}
        >
          <option value="">{t('reports.chooseDistrict')}</option>
          {districtChoices.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </FormSelectField>
        <FormSelectField
          form={vf}
          name="organizationId"
          label={t('reports.organization')}
          hint={t('reports.organizationHint')}
          disabled={chosenId === undefined}
        >
          <option value="">{t('reports.noOrganization')}</option>
          {orgChoices.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </FormSelectField>
        <FormSelectField form={vf} name="type" label={t('reports.type')} required>
          <option value="">{t('reports.chooseType')}</option>
          {UPWARD_REPORT_TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`reports.type.${x}` as MessageKey)}
            </option>
          ))}
        </FormSelectField>
        <FormTextField form={vf} name="receivedOn" label={t('reports.receivedOn')} type="date" max={isoDate()} required />
      </div>
      <FormTextField form={vf} name="title" label={t('reports.titleLabel')} hint={t('reports.titleHint')} required />
      <FormSelectField form={vf} name="section" label={t('reports.section')} hint={t('reports.sectionHint')}>
        <option value="">{t('reports.noSection')}</option>
        {report?.sectionName && !report.sectionId ? <option value={NAMED_SECTION}>{report.sectionName}</option> : null}
        {[...groups].map(([group, items]) => (
          <optgroup key={group} label={group}>
            {items.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </optgroup>
        ))}
      </FormSelectField>
      <FormTextField form={vf} name="url" label={t('reports.url')} hint={t('reports.internalHint')} inputMode="url" />
      <FormTextAreaField form={vf} name="note" label={t('reports.note')} hint={t('reports.internalHint')} rows={3} />
      <FormActions saving={vf.saving} disabled={vf.stale} onCancel={onCancel} />
    </FormPanel>
  );
}
