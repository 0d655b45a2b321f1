import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import { enumLabel, isMessageKey, useI18n, type TFunction } from '@/lib/i18n';
import type { ImportOutcome, ImportRowResult } from '../api/run-import';
import './import-report.css';

/** A file can have 20,000 rows; the page lists this many and says how many more there are. */
export const MAX_LISTED_ROWS = 500;

/**
 * The first of `import.<kind>.<dataset>.<name>` and `import.<kind>.<name>` this UI knows: a data set
 * words its own columns and problems (a grant's 数量, a building's 戸数) without changing them for the
 * others.
 */
function datasetKey(kind: 'col' | 'code', name: string, dataset: string | undefined): string | undefined {
  const own = dataset ? `import.${kind}.${dataset}.${name}` : undefined;
  if (own && isMessageKey(own)) return own;
  const shared = `import.${kind}.${name}`;
  return isMessageKey(shared) ? shared : undefined;
}

/** "memberHouseholds" → 加入世帯数; a column this UI does not know is shown by its key. */
export function columnLabel(key: string, t: TFunction, dataset?: string): string {
  const k = datasetKey('col', key, dataset);
  return k && isMessageKey(k) ? t(k) : key;
}

function Column({ name, dataset }: { name: string | undefined; dataset: string | undefined }) {
  const { t } = useI18n();
  if (!name) return <span className="muted">{t('import.wholeRow')}</span>;
  const label = columnLabel(name, t, dataset);
  return (
    <>
      {label}
      {label !== name ? (
        <span className="column-key" lang="en">
          {name}
        </span>
      ) : null}
    </>
  );
}

/**
 * The server words its row messages in English with the specifics ("must not exceed households
 * (420)"). A Japanese reader gets the kind of problem in Japanese (by its stable code) and the
 * server's sentence beneath it for the specifics.
 */
function RowMessage({
  code,
  message,
  dataset,
}: {
  code: string | undefined;
  message: string | undefined;
  dataset: string | undefined;
}) {
  const { t, lang } = useI18n();
  const key = code ? datasetKey('code', code, dataset) : undefined;
  if (lang !== 'ja' || !key || !isMessageKey(key)) return <span lang="en">{message}</span>;
  return (
    <>
      {t(key)}
      {message ? (
        <span className="row-detail" lang="en">
          {message}
        </span>
      ) : null}
    </>
  );
}

/**
 * What the server found in a file: the counts, every error by row and column (the row number as
 * Excel shows it), and, for a valid file, each row that would change with the columns it changes.
 */
export function ImportReportView({
  report,
  fileName,
  dataset,
}: {
  report: ImportOutcome;
  fileName?: string;
  /** The data set's name (grant-cases): its own column and problem words come first. */
  dataset?: string;
}) {
  const { t, lang } = useI18n();
  const errors = report.errors;
  const errorCount = report.errorCount;
  const counts = report.counts;
  const changes = report.rows.filter(
    (r): r is ImportRowResult => r.action === 'CREATE' || r.action === 'UPDATE',
  );
  const listedErrors = errors.slice(0, MAX_LISTED_ROWS);
  const listedChanges = changes.slice(0, MAX_LISTED_ROWS);
  const separator = lang === 'ja' ? '、' : ', ';
  const nothingToChange = report.valid && changes.length === 0;
  // PARTIAL: the good rows are (or would be) saved, the refused ones are listed
  const partial = report.mode === 'PARTIAL';

  return (
    <div className="import-report">
      {report.valid ? (
        <Alert tone={nothingToChange ? 'info' : 'success'}>
          {nothingToChange ? t('import.nothingToChange') : t('import.valid')}
        </Alert>
      ) : (
        <Alert tone="error" title={t('import.invalid', { errors: errorCount, rows: counts.invalid })}>
          <p>
            {!partial
              ? t('import.invalidLead')
              : report.applied
                ? t('import.partialDoneLead', { refused: report.refused })
                : t('import.partialLead', { refused: report.refused })}
          </p>
        </Alert>
      )}
      {fileName ? (
        <p className="muted">
          {t('import.fileName')}: {fileName}
        </p>
      ) : null}

      <dl className="counts">
        <div>
          <dt>{t('import.action.CREATE')}</dt>
          <dd data-testid="count-created">{counts.created}</dd>
        </div>
        <div>
          <dt>{t('import.action.UPDATE')}</dt>
          <dd data-testid="count-updated">{counts.updated}</dd>
        </div>
        <div>
          <dt>{t('import.action.UNCHANGED')}</dt>
          <dd data-testid="count-unchanged">{counts.unchanged}</dd>
        </div>
        {counts.invalid > 0 ? (
          <div className="counts-error">
            <dt>{t('import.action.INVALID')}</dt>
            <dd data-testid="count-invalid">{counts.invalid}</dd>
          </div>
        ) : null}
      </dl>

      {errors.length > 0 ? (
        <>
          <DataTable
            label={t('import.errors')}
            caption={t('import.errorsCaption', { count: errorCount })}
            showCaption
            rows={listedErrors}
            rowKey={(e, i) => `${e.row}-${e.column ?? ''}-${i}`}
            columns={[
              { key: 'row', header: t('import.row'), num: true, rowHeader: true, cell: (e) => e.row },
              { key: 'column', header: t('import.column'), cell: (e) => <Column name={e.column} dataset={dataset} /> },
              {
                key: 'message',
                header: t('import.message'),
                className: 'wrap',
                cell: (e) => <RowMessage code={e.code} message={e.message} dataset={dataset} />,
              },
            ]}
          />
          {errorCount > listedErrors.length ? (
            <p className="muted">{t('import.moreErrors', { shown: listedErrors.length, total: errorCount })}</p>
          ) : null}
        </>
      ) : null}

      {(report.valid || partial) && changes.length > 0 ? (
        <>
          <DataTable
            label={t('import.changes')}
            caption={t('import.changesCaption', { count: changes.length })}
            showCaption
            rows={listedChanges}
            rowKey={(r) => `${r.row}-${r.key ?? ''}`}
            columns={[
              { key: 'row', header: t('import.row'), num: true, cell: (r) => r.row },
              {
                key: 'action',
                header: t('import.action'),
                cell: (r) => <span className={`tag tag-${r.action.toLowerCase()}`}>{enumLabel(t, 'import.action', r.action)}</span>,
              },
              { key: 'key', header: t('import.key'), rowHeader: true, className: 'nowrap', cell: (r) => r.key },
              {
                key: 'changed',
                header: t('import.changed'),
                className: 'wrap',
                cell: (r) =>
                  r.action === 'UPDATE'
                    ? (r.changed ?? []).map((c) => columnLabel(c, t, dataset)).join(separator)
                    : t('import.newRecord'),
              },
            ]}
          />
          {changes.length > listedChanges.length ? (
            <p className="muted">{t('import.moreChanges', { shown: listedChanges.length, total: changes.length })}</p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
