import { useState } from 'react';
import { FileUploadForm, KeptFileTable } from '@/components/files/kept-files';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/field';
import { QueryState } from '@/components/ui/query-state';
import { problemMessage } from '@/lib/api-error';
import { enumLabel, useI18n } from '@/lib/i18n';
import type { GrantCase, GrantStatus } from '../api/grants';
import {
  GRANT_FILE_STEPS,
  grantFileUrl,
  useDeleteGrantFile,
  useGrantFiles,
  useUploadGrantFile,
  type GrantFileStep,
} from '../api/grant-files';

/** The step a case is at, as the step its documents belong to (a received plan is still the plan's). */
const STEP_AT: Record<GrantStatus, GrantFileStep> = {
  AWAITING_PLAN: 'PLAN',
  PLAN_RECEIVED: 'PLAN',
  APPLIED: 'APPLICATION',
  DECIDED: 'DECISION',
  REPORTED: 'REPORT',
  INSPECTED: 'INSPECTION',
  SETTLED: 'SETTLEMENT',
};

export function stepOfCase(c: Pick<GrantCase, 'status'>): GrantFileStep {
  return STEP_AT[c.status];
}

/**
 * 書類: the documents kept with the case, each with the step it belongs to (事業計画 … 額の確定), to download; whoever
 * may prepare, inspect or decide the case adds one (the step the case is at chosen first) or removes one.
 */
export function GrantCaseFiles({ grantCase: c }: { grantCase: GrantCase }) {
  const { t } = useI18n();
  const files = useGrantFiles(c.id);
  const upload = useUploadGrantFile(c.id);
  const remove = useDeleteGrantFile(c.id);
  const [step, setStep] = useState<GrantFileStep>(() => stepOfCase(c));
  const p = c.permissions;
  const mayChange = p.canPrepare || p.canInspect || p.canDecide;
  const stepLabel = (s: string | undefined) => (s ? enumLabel(t, 'supportFile.step', s) : '—');
  return (
    <Section id="grant-case-files" title={t('supportFile.title')}>
      {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
      <QueryState query={files}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('supportFile.none')}</p>
          ) : (
            <KeptFileTable
              label={t('supportFile.title')}
              files={items}
              hrefOf={(f) => grantFileUrl(c.id, f.id)}
              extra={{ key: 'step', header: t('supportFile.step'), cell: (f) => stepLabel(f.step) }}
              onDelete={mayChange ? (f) => remove.mutate(f.id) : undefined}
              deleting={remove.isPending}
            />
          )
        }
      </QueryState>
      {mayChange ? (
        <FileUploadForm title={t('supportFile.add')} onUpload={(file) => upload.mutateAsync({ file, step })} uploading={upload.isPending}>
          <SelectField label={t('supportFile.step')} value={step} onChange={(e) => setStep(e.target.value as GrantFileStep)}>
            {GRANT_FILE_STEPS.map((s) => (
              <option key={s} value={s}>
                {stepLabel(s)}
              </option>
            ))}
          </SelectField>
        </FileUploadForm>
      ) : null}
    </Section>
  );
}
