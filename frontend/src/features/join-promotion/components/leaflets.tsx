import { useMemo, useState } from 'react';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { SelectField } from '@/components/ui/field';
import { FilterSelect } from '@/components/ui/filters';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { QueryState } from '@/components/ui/query-state';
import { problemMessage } from '@/lib/api-error';
import { useMe } from '@/lib/auth';
import { useVersionedForm, type VersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useWards } from '@/lib/reference-data/wards';
import { positiveParam, useListSearch } from '@/lib/use-list-search';
import { fiscalYearChoices, fiscalYearOf, isoDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { LEAFLET_KINDS, useDeleteLeaflet, useLeaflets, useSaveLeaflet, type LeafletDistribution } from '../api/join-promotion';
import { formatMonth, leafletKindLabel } from '../utils/labels';
import { isOffice } from '../utils/permissions';
import { useRowEditor } from '../utils/row-editor';
import { leafletBodyOf, leafletSchema, leafletValuesOf, type LeafletValues } from '../utils/values';
import './join-promotion.css';
import '../i18n';
import { RowActions } from './row-actions';

/** The year a page of the hub shows (`?fy=`, this fiscal year by default). */
export function yearOf(search: URLSearchParams): number {
  const fy = positiveParam(search, 'fy');
  return fy !== undefined && fy >= 1951 && fy <= 2100 ? fy : fiscalYearOf(isoDate());
}

/** The fiscal years offered: the usual ones and the one shown. */
export function yearChoices(shown: number): number[] {
  const years = fiscalYearChoices();
  return years.includes(shown) ? years : [shown, ...years].sort((a, b) => b - a);
}

type Copies = { leaflets: number; welcomePacks: number };
type Ward = { wardId: number; wardName: string };

/**
 * The copies of a year as a table of months by wards: the wards in the order they come (the API's, by month and ward),
 * the months newest first, each cell the leaflets and the welcome packs, and each ward's total.
 */
export function monthByWard(rows: readonly LeafletDistribution[]): {
  wards: Ward[];
  months: { month: string; cells: Map<number, Copies> }[];
  totals: Map<number, Copies>;
} {
  const wards = new Map<number, Ward>();
  const months = new Map<string, Map<number, Copies>>();
  const totals = new Map<number, Copies>();
  const add = (into: Map<number, Copies>, r: LeafletDistribution) => {
    const c = into.get(r.wardId) ?? { leaflets: 0, welcomePacks: 0 };
    if (r.kind === 'LEAFLET') c.leaflets += r.copies;
    else c.welcomePacks += r.copies;
    into.set(r.wardId, c);
  };
  for (const r of rows) {
    if (!wards.has(r.wardId)) wards.set(r.wardId, { wardId: r.wardId, wardName: r.wardName });
    const cells = months.get(r.month) ?? new Map<number, Copies>();
    months.set(r.month, cells);
    add(cells, r);
    add(totals, r);
  }
  return {
    wards: [...wards.values()].sort((a, b) => a.wardId - b.wardId),
    months: [...months.entries()].sort((a, b) => b[0].localeCompare(a[0])).map(([month, cells]) => ({ month, cells })),
    totals,
  };
}

/** The month whose rows the records show: the one asked for (when it has rows), the latest by default, none for 'all'. */
export function shownMonth(rows: readonly LeafletDistribution[], asked: string): string | undefined {
  if (asked === 'all') return undefined;
  const months = rows.map((r) => r.month).sort();
  return months.includes(asked) ? asked : months[months.length - 1];
}

/**
 * チラシ・ウェルカムパック: the copies handed out in a fiscal year, per ward, then per month, ward, kind and place (newest
 * month first); the office records, changes and deletes a month's row.
 */
export function Leaflets() {
  const { t, lang } = useI18n();
  const me = useMe();
  const wards = useWards();
  const list = useListSearch();
  const s = list.search;
  const fiscalYear = yearOf(s);
  const wardId = positiveParam(s, 'ward');
  // 配布の記録 of one month (?month=yyyy-MM; the latest by default) or of the whole year (?month=all)
  const monthParam = s.get('month') ?? '';
  const leaflets = useLeaflets(fiscalYear, wardId);
  const remove = useDeleteLeaflet();
  const office = isOffice(me.data);
  const { editing, open, close, addButton } = useRowEditor<LeafletDistribution>();
  const [notice, setNotice] = useState<'saved' | 'deleted' | undefined>();
  const copies = (n: number) => t('jp.copies', { n: formatNumber(n, lang) });
  const onDelete = (l: LeafletDistribution) => {
    const what = `${formatMonth(l.month, lang)} ${l.wardName} ${leafletKindLabel(t, l.kind)} ${l.place}`;
    if (!window.confirm(t('jp.leaflet.confirmDelete', { what }))) return;
    setNotice(undefined);
    remove.mutate(l, {
      onSuccess: () => {
        setNotice('deleted');
        window.setTimeout(() => addButton.current?.focus(), 0);
      },
    });
  };
  return (
    <>
      <p className="lead">{t('jp.leaflet.lead')}</p>
      <form className="filters jp-effect-filters" role="search" aria-label={t('jp.leaflet.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField label={t('jp.fiscalYear')} value={String(fiscalYear)} onChange={(e) => list.update({ fy: e.target.value, month: undefined })}>
          <FiscalYearOptions years={yearChoices(fiscalYear)} />
        </SelectField>
        <FilterSelect
          label={t('jp.ward')}
          allLabel={t('jp.allWards')}
          value={s.get('ward')}
          choices={(wards.data ?? []).map((w) => ({ value: w.id, label: w.name }))}
          onChange={(ward) => list.update({ ward, month: undefined })}
        />
      </form>
      {notice ? <Alert tone="success">{t(notice === 'saved' ? 'jp.leaflet.saved' : 'jp.leaflet.deleted')}</Alert> : null}
      {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
      {office && editing === null ? (
        <p className="no-print">
          <Button
            ref={addButton}
            onClick={() => {
              setNotice(undefined);
              open('new');
            }}
          >
            {t('jp.leaflet.add')}
          </Button>
        </p>
      ) : null}
      {office && editing !== null ? (
        <LeafletForm
          key={editing === 'new' ? 'new' : editing.id}
          leaflet={editing === 'new' ? undefined : editing}
          defaults={{ wardId, month: isoDate().slice(0, 7) }}
          onSaved={() => {
            setNotice('saved');
            close();
          }}
          onCancel={close}
        />
      ) : null}
      <QueryState query={leaflets}>
        {(rows) =>
          rows.length === 0 ? (
            <p role="status">{t('jp.leaflet.empty')}</p>
          ) : (
            <>
              <MonthByWard rows={rows} />
              <h3>{t('jp.leaflet.records')}</h3>
              <div className="filters filters-single">
                <SelectField label={t('jp.leaflet.month')} value={shownMonth(rows, monthParam) ?? 'all'} onChange={(e) => list.update({ month: e.target.value })}>
                  <option value="all">{t('jp.leaflet.allMonths')}</option>
                  {[...new Set(rows.map((r) => r.month))].map((m) => (
                    <option key={m} value={m}>
                      {formatMonth(m, lang)}
                    </option>
                  ))}
                </SelectField>
              </div>
              <DataTable
                label={t('jp.leaflet.records')}
                rows={rows.filter((r) => [undefined, r.month].includes(shownMonth(rows, monthParam)))}
                rowKey={(r) => r.id}
                columns={[
                  { key: 'month', header: t('jp.leaflet.month'), rowHeader: true, className: 'nowrap', cell: (r) => formatMonth(r.month, lang) },
                  { key: 'ward', header: t('jp.ward'), className: 'nowrap', cell: (r) => r.wardName },
                  { key: 'kind', header: t('jp.leaflet.kind'), className: 'nowrap', cell: (r) => leafletKindLabel(t, r.kind) },
                  {
                    key: 'place',
                    header: t('jp.leaflet.place'),
                    className: 'wrap',
                    cell: (r) => (
                      <>
                        {r.place}
                        {r.note ? <span className="jp-sub">{r.note}</span> : null}
                      </>
                    ),
                  },
                  { key: 'copies', header: t('jp.leaflet.copies'), num: true, cell: (r) => copies(r.copies) },
                  office && {
                    key: 'actions',
                    header: <span className="visually-hidden">{t('jp.actions')}</span>,
                    className: 'nowrap no-print',
                    cell: (r) => (
                      <RowActions
                        which={t('jp.leaflet.which', { month: formatMonth(r.month, lang), ward: r.wardName, kind: leafletKindLabel(t, r.kind), place: r.place })}
                        onEdit={() => {
                          setNotice(undefined);
                          open(r);
                        }}
                        onDelete={() => onDelete(r)}
                        deleting={remove.isPending}
                      />
                    ),
                  },
                ]}
              />
            </>
          )
        }
      </QueryState>
    </>
  );
}

/** 月ごと・区ごとの配布部数: months down, wards across, each cell the leaflets and the welcome packs; the year's total under them. */
function MonthByWard({ rows }: { rows: readonly LeafletDistribution[] }) {
  const { t, lang } = useI18n();
  const wards = useWards();
  const order = new Map((wards.data ?? []).map((w, i) => [w.id, i]));
  const pivot = monthByWard(rows);
  const columns = [...pivot.wards].sort((a, b) => (order.get(a.wardId) ?? a.wardId) - (order.get(b.wardId) ?? b.wardId));
  const cell = (c: Copies | undefined) =>
    c ? (
      <>
        <span className="jp-copies">{t('jp.leaflet.cellLeaflets', { n: formatNumber(c.leaflets, lang) })}</span>
        <span className="jp-copies">{t('jp.leaflet.cellPacks', { n: formatNumber(c.welcomePacks, lang) })}</span>
      </>
    ) : (
      '—'
    );
  return (
    <>
      <h3>{t('jp.leaflet.byMonth')}</h3>
      <p className="field-hint">{t('jp.leaflet.byMonthHint')}</p>
      <DataTable
        label={t('jp.leaflet.byMonth')}
        rows={pivot.months}
        rowKey={(m) => m.month}
        foot
        testId="leaflets-by-month"
        columns={[
          {
            key: 'month',
            header: t('jp.leaflet.month'),
            rowHeader: true,
            className: 'nowrap',
            cell: (m) => formatMonth(m.month, lang),
            total: t('jp.leaflet.yearTotal'),
          },
          ...columns.map((w) => ({
            key: String(w.wardId),
            header: w.wardName,
            num: true,
            className: 'nowrap',
            cell: (m: (typeof pivot.months)[number]) => cell(m.cells.get(w.wardId)),
            total: cell(pivot.totals.get(w.wardId)),
          })),
        ]}
      />
    </>
  );
}

type LeafletForm = VersionedForm<LeafletValues>;

/** 配布の記録: the ward, the month, leaflet or welcome pack, where, how many copies; the office only. */
export function LeafletForm({
  leaflet,
  defaults,
  onSaved,
  onCancel,
}: {
  leaflet?: LeafletDistribution;
  defaults: { wardId?: number; month?: string };
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const wards = useWards();
  const save = useSaveLeaflet(leaflet?.id);
  const schema = useMemo(() => leafletSchema(t), [t]);
  const vf: LeafletForm = useVersionedForm({
    schema,
    defaultValues: leafletValuesOf(leaflet, defaults),
    create: !leaflet,
    etag: leaflet ? `"${leaflet.version}"` : undefined,
    submit: (values, meta) => save.mutateAsync({ body: leafletBodyOf(values), etag: meta.etag, idempotencyKey: meta.idempotencyKey }),
    onSaved,
    // a 412 carries the row as it now stands: start again from it
    reload: async (current) => {
      const now = current as LeafletDistribution | undefined;
      return now ? { values: leafletValuesOf(now), etag: `"${now.version}"` } : undefined;
    },
  });
  return (
    <div className="jp-panel">
      <FormPanel form={vf} title={leaflet ? t('jp.leaflet.editTitle') : t('jp.leaflet.newTitle')}>
        <FormAlert form={vf} />
        <div className="form-grid">
          <FormSelectField form={vf} name="wardId" label={t('jp.ward')} required>
            <option value="">{t('jp.choose')}</option>
            {(wards.data ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </FormSelectField>
          <FormTextField form={vf} name="month" type="month" label={t('jp.leaflet.month')} required hint={t('jp.leaflet.monthHint')} />
          <FormSelectField form={vf} name="kind" label={t('jp.leaflet.kind')} required>
            <option value="">{t('jp.choose')}</option>
            {LEAFLET_KINDS.map((k) => (
              <option key={k} value={k}>
                {leafletKindLabel(t, k)}
              </option>
            ))}
          </FormSelectField>
          <FormTextField form={vf} name="copies" label={t('jp.leaflet.copies')} required inputMode="numeric" autoComplete="off" />
        </div>
        <FormTextField form={vf} name="place" label={t('jp.leaflet.place')} required maxLength={200} autoComplete="off" hint={t('jp.leaflet.placeHint')} />
        <FormTextField form={vf} name="note" label={t('jp.note')} maxLength={1000} autoComplete="off" />
        <FormActions saving={vf.saving} disabled={vf.stale} onCancel={onCancel} />
      </FormPanel>
    </div>
  );
}
