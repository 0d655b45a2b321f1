import { DataTable } from '@/components/ui/data-table';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useQueries } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { enumLabel, isMessageKey, pickLabel, useI18n, type TFunction } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useKindLabel, useOrganizationKinds } from '@/lib/reference-data/organization-kinds';
import { useWards } from '@/lib/reference-data/wards';
import { formatDateTime, formatFiscalYearBoth, formatWarekiDate, type Lang } from '@/utils/fiscal-year';
import { formatNumber, formatPercent } from '@/utils/format';
import { useHistory, type AuditEvent, type HistorySubject } from '../api/get-history';
import './history-list.css';

type Change = NonNullable<AuditEvent['changes']>[number];

// Bookkeeping fields that change on every save and tell a reader nothing.
const IGNORED = new Set(['version', 'id', 'searchKey', 'updatedAt', 'createdAt']);

/**
 * The fields worth reading. An update also lists its key fields (the fiscal year) unchanged, to say
 * which record it was; the heading already says that, so a row with the same value on both sides
 * is left out.
 */
export function visibleChanges(event: AuditEvent, subject?: HistorySubject): Change[] {
  const fields = new Set(event.changes.map((c) => c.field));
  return event.changes.filter(
    (c) =>
      c.field &&
      !IGNORED.has(c.field) &&
      !(event.action === 'UPDATE' && JSON.stringify(c.before) === JSON.stringify(c.after)) &&
      // The record whose history this is needs no naming; a person is named by their name, not their number.
      !(subject?.type === 'district' && c.field === 'districtId') &&
      !(subject?.type === 'organization' && c.field === 'organizationId') &&
      !(c.field === 'userId' && fields.has('displayName')) &&
      !(c.field === 'organizationId' && fields.has('organizationName')),
  );
}

/** Ids the history names by name: a ward, a district, an organization (上位団体), an organization kind. */
export type Names = (field: string, value: unknown) => string | undefined;

const ORG_FIELDS = new Set(['parentId', 'organizationId']);

/** The ids of the organizations the events name, to look their names up. */
function organizationIds(events: readonly AuditEvent[]): number[] {
  const ids = new Set<number>();
  for (const e of events) {
    for (const c of e.changes) {
      if (!ORG_FIELDS.has(c.field)) continue;
      for (const v of [c.before, c.after]) if (typeof v === 'number') ids.add(v);
    }
  }
  return [...ids].sort((a, b) => a - b);
}

/** Looks names up in the reference data (wards, districts, kinds) and the organizations the events name. */
function useNames(events: readonly AuditEvent[]): Names {
  const { lang } = useI18n();
  const wards = useWards();
  const districts = useAllDistricts();
  const kinds = useOrganizationKinds();
  const kindLabel = useKindLabel();
  const orgs = useQueries({
    queries: organizationIds(events).map((id) => ({
      queryKey: ['organizations', 'name', id],
      queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  return (field, value) => {
    if (typeof value === 'number') {
      if (field === 'wardId') return wards.data?.find((w) => w.id === value)?.name;
      if (field === 'districtId') return districts.data?.find((d) => d.id === value)?.name;
      if (ORG_FIELDS.has(field)) return orgs.find((q) => q.data?.id === value)?.data?.name;
    }
    if (typeof value === 'string') {
      if (field === 'kind') return kindLabel(value);
      if (field === 'subKind') {
        for (const k of kinds.data ?? []) {
          const sub = k.subKinds.find((x) => x.code === value);
          if (sub) return pickLabel(lang, sub);
        }
      }
    }
    return undefined;
  };
}

const FIELD_PREFIXES = ['field', 'membership', 'org', 'district', 'officer'] as const;

/** "memberHouseholds" → 加入世帯数; "contact.phone" → 連絡先電話番号; unknown fields as they are. */
export function fieldLabel(field: string, t: TFunction): string {
  const camel = field.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());
  for (const name of [field, camel]) {
    for (const prefix of FIELD_PREFIXES) {
      const key = `${prefix}.${name}`;
      if (isMessageKey(key)) return t(key);
    }
  }
  return field;
}

function valueText(field: string, value: unknown, t: TFunction, lang: Lang, names?: Names): string {
  if (value === undefined || value === null || value === '') return '—';
  const name = names?.(field, value);
  if (name) return name;
  // An id whose name is not (yet) known says what it is, not its number.
  if (typeof value === 'number' && field.endsWith('Id')) return t('history.unnamed');
  if (field === 'fiscalYear' && typeof value === 'number') return formatFiscalYearBoth(value, lang);
  if (field === 'areaCountMethod' && typeof value === 'string') return enumLabel(t, 'membership.method', value);
  if (field === 'role' && typeof value === 'string') return enumLabel(t, 'officer.role', value);
  if (field === 'joinRate' && typeof value === 'number') return formatPercent(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatWarekiDate(value, lang);
  if (typeof value === 'boolean') return value ? t('form.yes') : t('form.no');
  if (typeof value === 'number' && !field.endsWith('Id')) return formatNumber(value, lang);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

// Entity types come as class names (MembershipFigure) or constants (MEMBERSHIP_FIGURE); both map to one label.
function entityLabel(type: string | undefined, t: TFunction): string {
  if (!type) return '';
  const constant = type.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return enumLabel(t, 'history.entity', constant);
}

function subjectText(event: AuditEvent, t: TFunction, lang: Lang): string {
  const kind = entityLabel(event.entityType, t);
  const year = event.changes.find((c) => c.field === 'fiscalYear');
  const y = year?.after ?? year?.before;
  return typeof y === 'number' ? `${kind}: ${formatFiscalYearBoth(y, lang)}` : kind;
}

/** 変更履歴: who changed what and when, newest first, with before and after for each field. */
export function HistoryList({ subject }: { subject: HistorySubject }) {
  const { t, lang } = useI18n();
  const history = useHistory(subject);
  const names = useNames(history.data?.items ?? []);
  if (history.isPending) return <Loading />;
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  const events = history.data.items;
  const total = history.data.total;
  if (events.length === 0) return <p>{t('history.none')}</p>;
  return (
    <>
      {total > events.length ? <p className="muted">{t('history.showing', { shown: events.length, total })}</p> : null}
      <ol className="history" data-testid="history">
        {events.map((event) => {
          const changes = visibleChanges(event, subject);
          const when = event.occurredAt ? formatDateTime(event.occurredAt, lang) : '';
          return (
            <li key={event.id} className="history-event">
              <p className="history-head">
                <time dateTime={event.occurredAt}>{when}</time>
                <span className="history-actor">{event.actor}</span>
                <span className="tag">{enumLabel(t, 'history.action', event.action)}</span>
                <span>{subjectText(event, t, lang)}</span>
              </p>
              {changes.length > 0 ? (
                <DataTable
                  label={t('history.changes')}
                  caption={`${t('history.changes')} ${when}`}
                  className="table-compact"
                  rows={changes}
                  rowKey={(c) => c.field}
                  columns={[
                    { key: 'field', header: t('history.field'), rowHeader: true, cell: (c) => fieldLabel(c.field, t) },
                    {
                      key: 'before',
                      header: t('history.before'),
                      cell: (c) => <del>{valueText(c.field, c.before, t, lang, names)}</del>,
                    },
                    { key: 'after', header: t('history.after'), cell: (c) => <ins>{valueText(c.field, c.after, t, lang, names)}</ins> },
                  ]}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
