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
  IMPORT_MODES,
  importProblemOf,
  useRunImport,
  type ImportDataset,
  type ImportMode,
  type ImportOutcome,
} from '../api/run-import';
import { ImportReportView } from './import-report';
import '../i18n';
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
 * 取込: choose the data and how to treat wrong rows, get a template, check the file (dry run) and
 * only then import it. The import itself sends the same file again with dryRun=false and the same
 * mode, so what was checked is what lands; the server checks every row again. すべて成功したときだけ
 * 取り込む changes nothing if any row is wrong; 正しい行だけ取り込む saves the good rows and lists
 * the refused ones.
 */
export function ImportWizard({ initialDataset = 'districts' }: { initialDataset?: ImportDataset }) {
  const { t } = useI18n();
  const [dataset, setDataset] = useState<ImportDataset>(initialDataset);
  const [mode, setMode] = useState<ImportMode>('ALL_OR_NOTHING');
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
    check.mutate({ dataset, file, dryRun: true, mode });
  };

  const onImport = () => {
    if (!file) return;
    commit.mutate({ dataset, file, dryRun: false, mode });
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
          <ul className="dataset-choices">
            {IMPORT_DATASETS.map((d) => (
              <li key={d}>
                <label className="radio">
                  <input
                    type="radio"
                    name="dataset"
                    value={d}
                    checked={dataset === d}
                    aria-describedby={`${id}-${d}-hint`}
                    onChange={() => {
                      setDataset(d);
                      reset();
                    }}
                  />
                  {enumLabel(t, 'import.dataset', d)}
                </label>
                <p id={`${id}-${d}-hint`} className="field-hint">
                  {enumLabel(t, 'import.datasetHint', d)}
                </p>
              </li>
            ))}
          </ul>
        </fieldset>

        <fieldset className="wizard-step" disabled={commit.isPending}>
          <legend>{t('import.mode')}</legend>
          <div className="radio-group">
            {IMPORT_MODES.map((m) => (
              <label key={m} className="radio">
                <input
                  type="radio"
                  name="mode"
                  value={m}
                  checked={mode === m}
                  onChange={() => {
                    setMode(m);
                    reset();
                  }}
                />
                {enumLabel(t, 'import.mode', m)}
              </label>
            ))}
          </div>
          <p className="muted">{t(mode === 'PARTIAL' ? 'import.modeHint.PARTIAL' : 'import.modeHint.ALL_OR_NOTHING')}</p>
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
          <ImportReportView report={committed ?? preview} fileName={file?.name} dataset={dataset} />
          {importable(preview) && !committed && hasChanges(preview) ? (
            <div className="confirm">
              <p>
                {preview.valid
                  ? t('import.confirmLead', { dataset: datasetLabel, file: file?.name ?? '' })
                  : t('import.confirmPartialLead', {
                      dataset: datasetLabel,
                      file: file?.name ?? '',
                      refused: preview.refused,
                    })}
              </p>
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
          {importable(preview) && !committed && !hasChanges(preview) ? (
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
          {commit.data.refused > 0 ? (
            <>
              <Alert tone="error">{t('import.doneRefused', { refused: commit.data.refused })}</Alert>
              <ImportReportView report={commit.data} fileName={file?.name} dataset={dataset} />
            </>
          ) : null}
          <Button variant="secondary" onClick={startOver}>
            {t('import.again')}
          </Button>
        </section>
      ) : null}
    </div>
  );
}

/** A report whose good rows may be imported: every row is valid, or PARTIAL mode saves the valid ones. */
function importable(report: ImportOutcome): boolean {
  return report.valid || report.mode === 'PARTIAL';
}

function hasChanges(report: ImportOutcome): boolean {
  return (report.counts.created) + (report.counts.updated) > 0;
}
