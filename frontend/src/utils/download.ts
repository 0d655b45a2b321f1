export type FileFormat = 'csv' | 'xlsx';

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
