import { useId, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { problemMessage } from '@/lib/api-error';
import { enumLabel, useI18n } from '@/lib/i18n';
import {
  contentTypeOf,
  IMPORT_DATASETS,
  templateUrl,
  useRunImport,
  type ImportDataset,
  type ImportReport,
} from '../api/run-import';

/**
 * 取込: choose the data, get a template, check the file (dry run) and only then import it.
 * The import itself sends the same file again with dryRun=false, so what was checked is what lands.
 */
export function ImportWizard() {
  const { t } = useI18n();
  const [dataset, setDataset] = useState<ImportDataset>('districts');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const check = useRunImport();
  const commit = useRunImport();
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const fileErrorId = `${fileId}-error`;

  const reset = () => {
    setPreview(null);
    setResult(null);
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
    check.mutate({ dataset, file, dryRun: true }, { onSuccess: setPreview });
  };

  const onImport = () => {
    if (!file) return;
    commit.mutate({ dataset, file, dryRun: false }, { onSuccess: setResult });
  };

  const startOver = () => {
    reset();
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div className="wizard">
      <form onSubmit={onCheck} noValidate className="form">
        <fieldset className="wizard-step">
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

        <section className="wizard-step" aria-labelledby={`${fileId}-step2`}>
          <h2 id={`${fileId}-step2`} className="step-title">
            {t('import.step2')}
          </h2>
          <p className="template-links">
            <a href={templateUrl(dataset, 'csv')} download>
              {t('import.templateCsv')}
            </a>
            <a href={templateUrl(dataset, 'xlsx')} download>
              {t('import.templateXlsx')}
            </a>
          </p>
        </section>

        <section className="wizard-step" aria-labelledby={`${fileId}-step3`}>
          <h2 id={`${fileId}-step3`} className="step-title">
            {t('import.step3')}
          </h2>
          <div className={`field${fileError ? ' field-invalid' : ''}`}>
            <label htmlFor={fileId} className="field-label">
              {t('import.file')}
            </label>
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
              aria-describedby={fileError ? fileErrorId : undefined}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFileError(null);
                reset();
              }}
            />
          </div>
          <Button type="submit" disabled={check.isPending}>
            {check.isPending ? t('import.checking') : t('import.dryRun')}
          </Button>
        </section>
      </form>

      {check.error ? <Alert tone="error">{problemMessage(check.error, t)}</Alert> : null}

      {preview && !result ? (
        <section className="wizard-step" aria-labelledby={`${fileId}-step4`}>
          <h2 id={`${fileId}-step4`} className="step-title">
            {t('import.step4')}
          </h2>
          <ImportReportView report={preview} />
          {preview.valid ? (
            <Button onClick={onImport} disabled={commit.isPending}>
              {commit.isPending ? t('import.importing') : t('import.confirm')}
            </Button>
          ) : null}
          {commit.error ? <Alert tone="error">{problemMessage(commit.error, t)}</Alert> : null}
        </section>
      ) : null}

      {result ? (
        <>
          <Alert tone="success">
            {t('import.done', {
              created: result.created ?? 0,
              updated: result.updated ?? 0,
              unchanged: result.unchanged ?? 0,
            })}
          </Alert>
          <Button variant="secondary" onClick={startOver}>
            {t('import.again')}
          </Button>
        </>
      ) : null}
    </div>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const errors = report.errors ?? [];
  const rows = report.rows ?? [];
  const actionLabel = (a: string | undefined) =>
    a === 'CREATE' ? t('import.created') : a === 'UPDATE' ? t('import.updated') : t('import.unchanged');
  return (
    <div className="import-report">
      {report.valid ? (
        <Alert tone="success">{t('import.valid')}</Alert>
      ) : (
        <Alert tone="error">{t('import.invalid')}</Alert>
      )}
      <dl className="counts">
        <div>
          <dt>{t('import.created')}</dt>
          <dd>{report.created ?? 0}</dd>
        </div>
        <div>
          <dt>{t('import.updated')}</dt>
          <dd>{report.updated ?? 0}</dd>
        </div>
        <div>
          <dt>{t('import.unchanged')}</dt>
          <dd>{report.unchanged ?? 0}</dd>
        </div>
      </dl>
      {errors.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('import.errors')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.message')}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e, i) => (
                <tr key={`${e.row}-${e.column ?? ''}-${i}`}>
                  <td className="num">{e.row}</td>
                  <td>{e.column ?? ''}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {report.valid && rows.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('import.step4')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('import.action')}</th>
                <th scope="col">{t('import.key')}</th>
                <th scope="col">{t('import.label')}</th>
              </tr>
            </thead>
            <tbody>
              {rows
                .filter((r) => r.action !== 'UNCHANGED')
                .map((r) => (
                  <tr key={`${r.row}-${r.key}`}>
                    <td className="num">{r.row}</td>
                    <td>{actionLabel(r.action)}</td>
                    <td>{r.key}</td>
                    <td>{r.label ?? ''}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
