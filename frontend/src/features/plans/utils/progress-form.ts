import type { TFunction } from '@/lib/i18n';
import type {
  IndicatorBindingCode,
  IndicatorInput,
  ProgressReport,
  ProgressReportInput,
  ProgressStatus,
  ScopeLevel,
} from '../api/types';

export type EvidenceRow = { key: number; label: string; url: string };
export type IndicatorRow = {
  key: number;
  name: string;
  unit: string;
  target: string;
  actual: string;
  binding: IndicatorBindingCode | '';
  scopeLevel: ScopeLevel | '';
  scopeId: string;
};

/** Form values; errors are keyed by the field's path in the request body (`evidence[1].url`). */
export type ProgressValues = {
  fiscalYear: string;
  half: string;
  status: ProgressStatus | '';
  done: string;
  evidence: EvidenceRow[];
  indicators: IndicatorRow[];
};

let nextKey = 1;
/** A key for a new row, so React keeps each row's inputs when one above it is removed. */
export const rowKey = () => nextKey++;

export function emptyEvidence(): EvidenceRow {
  return { key: rowKey(), label: '', url: '' };
}

export function emptyIndicator(): IndicatorRow {
  return { key: rowKey(), name: '', unit: '', target: '', actual: '', binding: '', scopeLevel: '', scopeId: '' };
}

const str = (n: number | undefined) => (n === undefined ? '' : String(n));

export function progressValuesOf(report: ProgressReport | undefined, defaultYear: number): ProgressValues {
  return {
    fiscalYear: String(report?.fiscalYear ?? defaultYear),
    half: String(report?.half ?? 0),
    status: report?.status ?? '',
    done: report?.done ?? '',
    evidence: (report?.evidence ?? []).map((e) => ({ key: rowKey(), label: e.label ?? '', url: e.url })),
    indicators: (report?.indicators ?? []).map((i) => ({
      key: rowKey(),
      name: i.name,
      unit: i.unit ?? '',
      target: str(i.target),
      // A bound indicator's actual is computed by the server and never sent back.
      actual: i.binding ? '' : str(i.actual),
      binding: i.binding ?? '',
      scopeLevel: i.scopeLevel ?? '',
      scopeId: str(i.scopeId),
    })),
  };
}

/** "1,234.5", "１２．５" → a number; '' → undefined; anything else → NaN. */
export function parseDecimal(raw: string): number | undefined {
  const v = raw.normalize('NFKC').replace(/[,\s]/g, '');
  if (v === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
}

const blankEvidence = (e: EvidenceRow) => e.label.trim() === '' && e.url.trim() === '';
const blankIndicator = (i: IndicatorRow) =>
  i.name.trim() === '' && i.unit.trim() === '' && i.target.trim() === '' && i.actual.trim() === '' && i.binding === '';

export const needsScopeId = (level: ScopeLevel | '') => level === 'WARD' || level === 'DISTRICT';

/** What the browser can tell before asking the server; rows left completely empty are not errors (they are dropped). */
export function validateProgress(values: ProgressValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.fiscalYear) errors.fiscalYear = t('form.requiredMissing');
  if (!values.status) errors.status = t('form.requiredMissing');
  values.evidence.forEach((e, i) => {
    if (blankEvidence(e)) return;
    const url = e.url.trim();
    if (url === '') errors[`evidence[${i}].url`] = t('form.requiredMissing');
    else if (!/^https?:\/\/\S+$/i.test(url)) errors[`evidence[${i}].url`] = t('progress.urlInvalid');
  });
  values.indicators.forEach((ind, i) => {
    if (blankIndicator(ind)) return;
    if (ind.name.trim() === '') errors[`indicators[${i}].name`] = t('form.requiredMissing');
    if (Number.isNaN(parseDecimal(ind.target) ?? 0)) errors[`indicators[${i}].target`] = t('progress.notNumber');
    if (!ind.binding && Number.isNaN(parseDecimal(ind.actual) ?? 0)) errors[`indicators[${i}].actual`] = t('progress.notNumber');
    if (ind.binding && !ind.scopeLevel) errors[`indicators[${i}].scopeLevel`] = t('form.requiredMissing');
    if (ind.binding && needsScopeId(ind.scopeLevel) && !ind.scopeId) {
      errors[`indicators[${i}].scopeId`] = t('form.requiredMissing');
    }
  });
  return errors;
}

/**
 * The request body, and for each list the form row every body row came from: empty rows are left out, so the
 * server's `indicators[1]` may be the form's third row.
 */
export function progressBodyOf(values: ProgressValues): {
  body: ProgressReportInput;
  rows: { evidence: number[]; indicators: number[] };
} {
  const evidenceRows: number[] = [];
  const indicatorRows: number[] = [];
  const evidence: NonNullable<ProgressReportInput['evidence']> = [];
  values.evidence.forEach((e, i) => {
    if (blankEvidence(e)) return;
    evidenceRows.push(i);
    evidence.push({ label: e.label.trim() || undefined, url: e.url.trim() });
  });
  const indicators: IndicatorInput[] = [];
  values.indicators.forEach((ind, i) => {
    if (blankIndicator(ind)) return;
    indicatorRows.push(i);
    const bound = ind.binding !== '';
    indicators.push({
      name: ind.name.trim(),
      unit: ind.unit.trim() || undefined,
      target: parseDecimal(ind.target),
      actual: bound ? undefined : parseDecimal(ind.actual),
      binding: bound ? ind.binding || undefined : undefined,
      scopeLevel: bound && ind.scopeLevel ? ind.scopeLevel : undefined,
      scopeId: bound && needsScopeId(ind.scopeLevel) && ind.scopeId ? Number(ind.scopeId) : undefined,
    });
  });
  return {
    body: {
      fiscalYear: Number(values.fiscalYear),
      half: Number(values.half),
      status: values.status as ProgressStatus,
      done: values.done.trim() || undefined,
      evidence,
      indicators,
    },
    rows: { evidence: evidenceRows, indicators: indicatorRows },
  };
}

/** Server errors on `evidence[i]…` / `indicators[i]…` moved to the form row the body row came from. */
export function toFormRows(
  errors: Record<string, string>,
  rows: { evidence: number[]; indicators: number[] } | undefined,
): Record<string, string> {
  if (!rows) return errors;
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const m = /^(evidence|indicators)\[(\d+)\](.*)$/.exec(field);
    if (m) {
      const list = m[1] as 'evidence' | 'indicators';
      const formRow = rows[list][Number(m[2])];
      out[`${list}[${formRow ?? m[2]}]${m[3]}`] ??= message;
    } else {
      out[field] ??= message;
    }
  }
  return out;
}
