import { useState } from 'react';
import type { DownloadedFile } from '@/lib/api-client';
import { problemMessage } from '@/lib/api-error';
import { useT } from '@/lib/i18n';
import { saveFile, type FileFormat } from '@/utils/download';
import { Alert } from './alert';
import { Button } from './button';

const FORMATS: readonly FileFormat[] = ['csv', 'xlsx'];

/**
 * A labelled pair of buttons that fetch a file (CSV or Excel) and hand it to the browser's
 * download. Fetching by script, rather than a plain link, keeps a refusal or an expired session
 * on the page as a readable message instead of a downloaded error body.
 */
export function DownloadButtons({
  label,
  download,
  fallbackName,
  variant = 'secondary',
}: {
  /** What is downloaded ("校区一覧を出力"); names the group and each button for screen readers. */
  label: string;
  download: (format: FileFormat) => Promise<DownloadedFile>;
  fallbackName: (format: FileFormat) => string;
  variant?: 'primary' | 'secondary';
}) {
  const t = useT();
  const [busy, setBusy] = useState<FileFormat | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (format: FileFormat) => {
    setBusy(format);
    setError(null);
    try {
      const file = await download(format);
      saveFile(file.blob, file.filename ?? fallbackName(format));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="download">
      <div className="download-buttons" role="group" aria-label={label}>
        <span className="download-label" aria-hidden="true">
          {label}
        </span>
        {FORMATS.map((format) => (
          <Button
            key={format}
            variant={variant}
            className="btn-small"
            disabled={busy !== null}
            onClick={() => void run(format)}
          >
            <span className="visually-hidden">{label}: </span>
            {busy === format ? t('download.busy') : t(`download.${format}`)}
          </Button>
        ))}
      </div>
      {error ? <Alert tone="error">{problemMessage(error, t)}</Alert> : null}
    </div>
  );
}
