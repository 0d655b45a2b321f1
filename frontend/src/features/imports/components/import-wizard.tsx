import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { FormActions } from '@/components/form/form-actions';
import { Button } from '@/components/ui/button';
import { DownloadButtons } from '@/components/ui/download-buttons';
import { ApiError, problemMessage } from '@/lib/api-error';
import { enumLabel, useI18n, type TFunction } from '@/lib/i18n';
import { getImportTemplate } from '../api/get-template';
import {
  contentTypeOf,
  IMPORT_DATASETS,
  importProblemOf,
  useRunImport,
  type ImportDataset,
  type ImportOutcome,
} from '../api/run-import';
import { ImportReportView } from './import-report';
import './import-wizard.css';

/** A refusal of the whole file (not of rows) in words the user can act on. */
function fileProblemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 400) return t('import.malformed');
    if (error.status === 415) return t('import.unsupported');
    if (error.status === 413) return t('import.tooLarge');
  }
  return problemMessage(error, t);
}

/**
 * 取込: choose the data, get a template, check the file (dry run) and only then import it.
 * The import itself sends the same file again with dryRun=false, so what was checked is what lands;
 * the server checks every row again and changes nothing if any is wrong.
 */
export function ImportWizard() {
  const { t } = useI18n();
  const [dataset, setDataset] = useState<ImportDataset>('districts');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const check = useRunImport();
  const commit = useRunImport();
  const fileInput = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const fileId = `${id}-file`;
  const fileErrorId = `${fileId}-error`;
  const fileHintId = `${fileId}-hint`;

  // The dry run's answer: a valid report (200) or the report inside a 422 problem.
  const preview: ImportOutcome | undefined = check.data ?? importProblemOf(check.error);
  const previewFailed = check.error !== null && !importProblemOf(check.error);
  // The real import can still be refused (someone changed the data since the check): same report.
  const committed: ImportOutcome | undefined = commit.data ?? importProblemOf(commit.error);
  const done = commit.data?.applied === true;

  // Put the reader at the outcome of what they just did.
  useEffect(() => {
    if (preview) resultHeading.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  const reset = () => {
    check.reset();
    commit.reset();
  };

  const onCheck = (e: FormEvent) => {
    e.preventDefault();
    reset();
    if (!file) {
      setFileError(t('import.noFile'));
      fileInput.current?.focus();
      return;
    }
    if (!contentTypeOf(file)) {
      setFileError(t('import.badType'));
      fileInput.current?.focus();
      return;
    }
    setFileError(null);
    check.mutate({ dataset, file, dryRun: true });
  };

  const onImport = () => {
    if (!file) return;
    commit.mutate({ dataset, file, dryRun: false });
  };

  const startOver = () => {
    reset();
    setFile(null);
    if (fileInput.current) {
      fileInput.current.value = '';
      fileInput.current.focus();
    }
  };

  const datasetLabel = enumLabel(t, 'import.dataset', dataset);
  const describedBy = [fileError ? fileErrorId : '', fileHintId].filter(Boolean).join(' ');

  return (
    <div className="wizard">
      <form onSubmit={onCheck} noValidate className="form">
        <fieldset className="wizard-step" disabled={commit.isPending}>
          <legend>{t('import.step1')}</legend>
          <div className="radio-group">
            {IMPORT_DATASETS.map((d) => (
              <label key={d} className="radio">
                <input
                  type="radio"
                  name="dataset"
                  value={d}
                  checked={dataset === d}
                  onChange={() => {
                    setDataset(d);
                    reset();
                  }}
                />
                {enumLabel(t, 'import.dataset', d)}
              </label>
            ))}
          </div>
        </fieldset>

        <section className="wizard-step" aria-labelledby={`${id}-step2`}>
          <h2 id={`${id}-step2`} className="step-title">
            {t('import.step2')}
          </h2>
          <p className="muted">{t('import.templateHint')}</p>
          <DownloadButtons
            label={t('import.template', { dataset: datasetLabel })}
            download={(format) => getImportTemplate(dataset, format)}
            fallbackName={(format) => `${dataset}-template.${format}`}
          />
        </section>

        <section className="wizard-step" aria-labelledby={`${id}-step3`}>
          <h2 id={`${id}-step3`} className="step-title">
            {t('import.step3')}
          </h2>
          <div className={`field${fileError ? ' field-invalid' : ''}`}>
            <label htmlFor={fileId} className="field-label">
              {t('import.file', { dataset: datasetLabel })}
            </label>
            <p id={fileHintId} className="field-hint">
              {t('import.fileHint')}
            </p>
            {fileError ? (
              <p id={fileErrorId} className="field-error">
                {fileError}
              </p>
            ) : null}
            <input
              ref={fileInput}
              id={fileId}
              type="file"
              name="file"
              accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={describedBy}
              disabled={commit.isPending}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFileError(null);
                reset();
              }}
            />
          </div>
          <Button type="submit" disabled={check.isPending || commit.isPending}>
            {check.isPending ? t('import.checking') : t('import.dryRun')}
          </Button>
        </section>
      </form>

      {previewFailed ? <Alert tone="error">{fileProblemMessage(check.error, t)}</Alert> : null}

      {preview && !done ? (
        <section className="wizard-step" aria-labelledby={`${id}-step4`}>
          <h2 id={`${id}-step4`} className="step-title" ref={resultHeading} tabIndex={-1}>
            {t('import.step4')}
          </h2>
          <ImportReportView report={committed ?? preview} fileName={file?.name} />
          {preview.valid && !committed && hasChanges(preview) ? (
            <div className="confirm">
              <p>{t('import.confirmLead', { dataset: datasetLabel, file: file?.name ?? '' })}</p>
              <FormActions
                saving={commit.isPending}
                label={t('import.confirm')}
                savingLabel={t('import.importing')}
                onClick={onImport}
                cancel={
                  <Button variant="secondary" onClick={startOver} disabled={commit.isPending}>
                    {t('form.cancel')}
                  </Button>
                }
              />
            </div>
          ) : null}
          {preview.valid && !committed && !hasChanges(preview) ? (
            <Button variant="secondary" onClick={startOver}>
              {t('import.again')}
            </Button>
          ) : null}
          {commit.error && !importProblemOf(commit.error) ? (
            <Alert tone="error">{fileProblemMessage(commit.error, t)}</Alert>
          ) : null}
          {committed ? (
            <Button variant="secondary" onClick={startOver}>
              {t('import.again')}
            </Button>
          ) : null}
        </section>
      ) : null}

      {done && commit.data ? (
        <section className="wizard-step" aria-labelledby={`${id}-done`}>
          <h2 id={`${id}-done`} className="step-title" ref={doneHeading} tabIndex={-1}>
            {t('import.doneTitle')}
          </h2>
          <Alert tone="success">
            {t('import.done', {
              created: commit.data.counts.created,
              updated: commit.data.counts.updated,
              unchanged: commit.data.counts.unchanged,
            })}
          </Alert>
          <Button variant="secondary" onClick={startOver}>
            {t('import.again')}
          </Button>
        </section>
      ) : null}
    </div>
  );
}

function hasChanges(report: ImportOutcome): boolean {
  return (report.counts.created) + (report.counts.updated) > 0;
}
