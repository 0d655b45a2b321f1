import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable, type Column } from '@/components/ui/data-table';
import { ApiError, problemMessage } from '@/lib/api-error';
import { useI18n, type TFunction } from '@/lib/i18n';
import { formatDateTime } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import './kept-files.css';

/** What a list of kept files shows of each (a grant case's documents, an event's materials). */
export type KeptFile = { id: number; filename: string; sizeBytes: number; uploadedAt: string; uploadedBy?: string };

/** The kinds the server keeps (it judges the content; this only narrows the browser's file picker). */
export const KEPT_FILE_TYPES = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx';

/** 183 KB, 1.2 MB: what a person reads of a size. */
export function fileSize(bytes: number, lang: 'ja' | 'en'): string {
  if (bytes < 1_000_000) return `${formatNumber(Math.max(1, Math.ceil(bytes / 1000)), lang)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** An upload refused: the reasons a person can act on in words (too large, not a kept type, too many), else the usual. */
export function uploadProblem(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 413) return t('supportFile.tooLarge');
    if (error.status === 415) return t('supportFile.badType');
    if (error.status === 409) return t('supportFile.tooMany');
  }
  return problemMessage(error, t);
}

/**
 * Kept files as a table: the name (a link that downloads it — a plain link, the session cookie goes with it), what
 * the caller adds (`extra`: the step of a grant case's document), size, when and by whom; 削除 for those who may.
 */
export function KeptFileTable<F extends KeptFile>({
  label,
  files,
  hrefOf,
  extra,
  onDelete,
  deleting = false,
}: {
  label: string;
  files: readonly F[];
  hrefOf: (file: F) => string;
  extra?: Column<F>;
  /** Given to those who may remove a file: asks first. */
  onDelete?: (file: F) => void;
  deleting?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <DataTable
      label={label}
      rows={files}
      rowKey={(f) => f.id}
      className="kept-files"
      columns={[
        {
          key: 'name',
          header: t('supportFile.filename'),
          rowHeader: true,
          className: 'wrap',
          cell: (f) => (
            <a href={hrefOf(f)} download={f.filename}>
              {f.filename}
              <span className="visually-hidden">{t('supportFile.downloadSuffix')}</span>
            </a>
          ),
        },
        extra,
        { key: 'size', header: t('supportFile.size'), num: true, className: 'nowrap', cell: (f) => fileSize(f.sizeBytes, lang) },
        {
          key: 'uploaded',
          header: t('supportFile.uploadedAt'),
          className: 'nowrap',
          cell: (f) => (
            <>
              {formatDateTime(f.uploadedAt, lang)}
              {f.uploadedBy ? <span className="kept-file-by">{f.uploadedBy}</span> : null}
            </>
          ),
        },
        onDelete && {
          key: 'delete',
          header: <span className="visually-hidden">{t('supportFile.actions')}</span>,
          cell: (f) => (
            <Button
              variant="secondary"
              className="btn-small"
              disabled={deleting}
              onClick={() => {
                if (window.confirm(t('supportFile.confirmDelete', { name: f.filename }))) onDelete(f);
              }}
            >
              {t('supportFile.delete')}
              <span className="visually-hidden">: {f.filename}</span>
            </Button>
          ),
        },
      ]}
    />
  );
}

/**
 * Adds a file: the file (and what `children` asks besides, a step), then the button. The server judges the type by
 * the content and answers 413/415/409, said here in words; the chosen file stays chosen after a refusal.
 */
export function FileUploadForm({
  title,
  onUpload,
  uploading,
  children,
}: {
  title: string;
  /** Sends the file; resolves when kept, rejects with the API's refusal. */
  onUpload: (file: File) => Promise<unknown>;
  uploading: boolean;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | undefined>();
  const [error, setError] = useState<unknown>(undefined);
  const [kept, setKept] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setError(undefined);
      input.current?.focus();
      return;
    }
    setError(undefined);
    setKept(undefined);
    onUpload(file).then(
      () => {
        setKept(file.name);
        setFile(undefined);
        if (input.current) input.current.value = '';
      },
      (failure: unknown) => setError(failure),
    );
  };
  return (
    <form className="form kept-file-upload" aria-label={title} onSubmit={submit} noValidate>
      <h3>{title}</h3>
      {error ? <Alert tone="error">{uploadProblem(error, t)}</Alert> : null}
      {kept ? <Alert tone="success">{t('supportFile.kept', { name: kept })}</Alert> : null}
      <div className="form-grid">
        {children}
        <div className="field">
          <label htmlFor={`${id}-file`} className="field-label">
            {t('supportFile.choose')}
          </label>
          <p id={`${id}-hint`} className="field-hint">
            {t('supportFile.hint')}
          </p>
          <input
            ref={input}
            id={`${id}-file`}
            type="file"
            accept={KEPT_FILE_TYPES}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setKept(undefined);
            }}
          />
        </div>
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={!file || uploading}>
          {uploading ? t('supportFile.uploading') : t('supportFile.upload')}
        </Button>
      </div>
    </form>
  );
}
