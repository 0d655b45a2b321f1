import type { Lang } from './fiscal-year';

export type FileFormat = 'csv' | 'xlsx';

/** Row 1 and the coded values of an exported file (the import reads either way). */
export type ExportWording = { headers: 'ja' | 'key'; labels: 'ja' | 'code' };

/**
 * A Japanese user gets the column labels and the values as the screens show them (自治会・町内会, 実施中, はい); an
 * English user the stable English keys and codes.
 */
export function exportWording(lang: Lang): ExportWording {
  return lang === 'ja' ? { headers: 'ja', labels: 'ja' } : { headers: 'key', labels: 'code' };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What to ask for when downloading a file of this format; a refusal still comes as problem details. */
export function acceptFor(format: FileFormat): string {
  return `${format === 'csv' ? 'text/csv' : XLSX_TYPE}, application/problem+json`;
}

/**
 * Hands a file fetched by script to the browser's own download, under the given name. The object
 * URL is released after the click has been handled.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
