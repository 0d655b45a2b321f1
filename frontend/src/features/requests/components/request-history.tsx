import { Section } from '@/components/layout/section';
import { DataTable } from '@/components/ui/data-table';
import { QueryState } from '@/components/ui/query-state';
import { enumLabel, isMessageKey, useI18n, type MessageKey, type TFunction } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { useWards } from '@/lib/reference-data/wards';
import { useKindLabel } from '@/lib/reference-data/organization-kinds';
import { useSections } from '@/lib/reference-data/sections';
import { formatDateTime, formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { useRequestHistory } from '../api/requests';

/** The label of each field a request's history holds (RequestValidation.auditState on the server). */
const LABELS: Record<string, MessageKey> = {
  code: 'request.col.code',
  title: 'request.col.title',
  description: 'request.form.description',
  sectionId: 'request.section',
  fiscalYear: 'request.fiscalYear',
  kind: 'request.kind',
  asks: 'request.ask',
  receiverKinds: 'request.form.receiverKinds',
  allDistricts: 'request.form.allDistricts',
  districtIds: 'request.form.districts',
  wardIds: 'request.form.chosenWards',
  channel: 'request.form.channel',
  schedule: 'request.form.schedule',
  deadlineDays: 'request.form.deadlineDays',
  deadlineNote: 'request.form.deadlineNote',
  headCount: 'request.form.headCount',
  mandatory: 'request.form.mandatory',
  people: 'request.form.people',
  hoursPerPerson: 'request.form.hoursPerPerson',
  status: 'request.status',
};

const IGNORED = new Set(['id', 'version', 'searchKey', 'createdAt', 'updatedAt']);

/** A field's label in the reader's language (the field name itself only for one this screen does not know). */
export function requestFieldLabel(field: string, t: TFunction): string {
  const key = LABELS[field];
  return key ? t(key) : field;
}

type Lookup = {
  section: (id: number) => string | undefined;
  district: (id: number) => string | undefined;
  ward?: (id: number) => string | undefined;
  kind: (code: string) => string;
};

/** A value as the screens show it: names for ids, words for codes, wareki for dates. */
export function requestValueText(field: string, value: unknown, t: TFunction, lang: 'ja' | 'en', names: Lookup): string {
  if (value === undefined || value === null || value === '') return '—';
  const list = (v: unknown) => String(v).split(',').filter(Boolean);
  const sep = lang === 'ja' ? '、' : ', ';
  const code = (prefix: string, v: string) => (isMessageKey(`${prefix}.${v}`) ? t(`${prefix}.${v}` as MessageKey) : v);
  switch (field) {
    case 'sectionId':
      return names.section(Number(value)) ?? t('history.unnamed');
    case 'districtIds':
      return list(value)
        .map((id) => names.district(Number(id)) ?? t('history.unnamed'))
        .join(sep);
    case 'wardIds':
      return list(value)
        .map((id) => names.ward?.(Number(id)) ?? t('history.unnamed'))
        .join(sep);
    case 'fiscalYear':
      return formatFiscalYear(Number(value), lang);
    case 'kind':
      return code('request.kind', String(value));
    case 'status':
      return code('request.status', String(value));
    case 'channel':
      return code('request.channel', String(value));
    case 'asks':
      return list(value)
        .map((a) => code('request.ask', a))
        .join(sep);
    case 'receiverKinds':
      return list(value)
        .map((k) => names.kind(k))
        .join(sep);
    case 'schedule':
      return list(value)
        .map((m) => {
          const [month, times] = m.split('x');
          return `${t('request.month', { month: Number(month) })} ${times ?? ''}${lang === 'ja' ? '回' : '×'}`;
        })
        .join(sep);
  }
  if (typeof value === 'boolean') return value ? t('form.yes') : t('form.no');
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatWarekiDate(value, lang);
  return String(value);
}

/** 変更履歴 of a request: who changed which fields when, before and after, in words. */
export function RequestHistory({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const history = useRequestHistory(id);
  const sections = useSections();
  const districts = useAllDistricts();
  const wards = useWards();
  const kindLabel = useKindLabel();
  const names: Lookup = {
    section: (sid) => {
      const s = sections.data?.items.find((x) => x.id === sid);
      return s ? [s.departmentName, s.name].filter(Boolean).join(' ') : undefined;
    },
    district: (did) => districts.data?.find((d) => d.id === did)?.name,
    ward: (wid) => wards.data?.find((w) => w.id === wid)?.name,
    kind: (k) => kindLabel(k),
  };
  return (
    <Section id="req-history" title={t('request.detail.history')}>
      <QueryState query={history} retry={false} isEmpty={(h) => h.items.length === 0} empty={t('history.none')}>
        {(h) => (
          <ol className="history" data-testid="request-history">
            {h.items.map((e) => {
              const when = e.occurredAt ? formatDateTime(e.occurredAt, lang) : '';
              const changes = e.changes.filter(
                (c) =>
                  !IGNORED.has(c.field) &&
                  !(e.action === 'UPDATE' && JSON.stringify(c.before) === JSON.stringify(c.after)),
              );
              return (
                <li key={e.id} className="history-event">
                  <p className="history-head">
                    <time dateTime={e.occurredAt}>{when}</time>
                    <span className="history-actor">{e.actor}</span>
                    <span className="tag">{enumLabel(t, 'history.action', e.action)}</span>
                  </p>
                  {changes.length > 0 && e.action === 'UPDATE' ? (
                    <DataTable
                      label={t('history.changes')}
                      caption={`${t('history.changes')} ${when}`}
                      className="table-compact"
                      rows={changes}
                      rowKey={(c) => c.field}
                      columns={[
                        { key: 'field', header: t('history.field'), rowHeader: true, cell: (c) => requestFieldLabel(c.field, t) },
                        {
                          key: 'before',
                          header: t('history.before'),
                          className: 'wrap',
                          cell: (c) => <del>{requestValueText(c.field, c.before, t, lang, names)}</del>,
                        },
                        {
                          key: 'after',
                          header: t('history.after'),
                          className: 'wrap',
                          cell: (c) => <ins>{requestValueText(c.field, c.after, t, lang, names)}</ins>,
                        },
                      ]}
                    />
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </QueryState>
    </Section>
  );
}
