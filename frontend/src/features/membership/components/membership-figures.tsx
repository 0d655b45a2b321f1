import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { SelectField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { enumLabel, useI18n } from '@/lib/i18n';
import { fiscalYearOf, formatFiscalYear, formatFiscalYearBoth } from '@/utils/fiscal-year';
import {
  membershipFiguresQueryOptions,
  useMembershipFigures,
  type MembershipFigure,
} from '../api/get-membership-figures';
import { figureColumns, MembershipTrendChart } from './join-rate-trend';
import { MembershipFigureForm } from './membership-figure-form';
import './membership-figures.css';

const YEARS_BACK = 10;

/** Figures by fiscal year, newest first, with an entry form per year for those who may edit. */
export function MembershipFigures({ organizationId, canEdit }: { organizationId: number; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const figures = useMembershipFigures(organizationId);
  const [editing, setEditing] = useState<number | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const thisYear = fiscalYearOf(new Date());
  const [newYear, setNewYear] = useState(thisYear);

  if (figures.isPending) return <Loading />;
  if (figures.isError) return <QueryError error={figures.error} onRetry={() => void figures.refetch()} />;

  const rows = [...figures.data].sort((a, b) => b.fiscalYear - a.fiscalYear);
  const byYear = new Map(rows.map((f) => [f.fiscalYear, f]));
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i);

  const reload = async (year: number): Promise<MembershipFigure | undefined> => {
    const fresh = await queryClient.fetchQuery({ ...membershipFiguresQueryOptions(organizationId), staleTime: 0 });
    return fresh.find((f) => f.fiscalYear === year);
  };

  const form = (year: number) => (
    <MembershipFigureForm
      key={year}
      organizationId={organizationId}
      fiscalYear={year}
      existing={byYear.get(year)}
      onSaved={() => {
        setSaved(year);
        setEditing(null);
      }}
      onCancel={() => setEditing(null)}
      onReload={() => reload(year)}
    />
  );

  return (
    <div className="membership">
      {saved !== null && editing === null ? (
        <Alert tone="success">
          {t('form.saved')} ({formatFiscalYearBoth(saved, lang)})
        </Alert>
      ) : null}
      {rows.length === 0 ? (
        <p>{t('membership.none')}</p>
      ) : (
        <>
          <MembershipTrendChart
            points={[...rows].reverse().map((f) => ({ fiscalYear: f.fiscalYear, joinRate: f.joinRate }))}
          />
          <DataTable
            label={t('org.membership')}
            rows={rows}
            rowKey={(f) => f.fiscalYear}
            columns={[
              ...figureColumns<MembershipFigure>(t, lang, (f) => `join-rate-${f.fiscalYear}`),
              {
                key: 'method',
                header: t('membership.areaCountMethod'),
                cell: (f) => enumLabel(t, 'membership.method', f.areaCountMethod),
              },
              { key: 'source', header: t('membership.source'), className: 'wrap', cell: (f) => f.source ?? '' },
              canEdit && {
                key: 'edit',
                header: <span className="visually-hidden">{t('form.edit')}</span>,
                cell: (f) => (
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setSaved(null);
                      setEditing(f.fiscalYear);
                    }}
                    aria-expanded={editing === f.fiscalYear}
                  >
                    {t('membership.editYear', { year: formatFiscalYear(f.fiscalYear, lang) })}
                  </Button>
                ),
              },
            ]}
          />
        </>
      )}

      {canEdit && editing !== null ? form(editing) : null}

      {canEdit && editing === null ? (
        <div className="inline-form">
          <SelectField
            label={t('membership.chooseYear')}
            value={String(newYear)}
            onChange={(e) => setNewYear(Number(e.target.value))}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {formatFiscalYearBoth(y, lang)}
              </option>
            ))}
          </SelectField>
          <Button
            variant="secondary"
            onClick={() => {
              setSaved(null);
              setEditing(newYear);
            }}
          >
            {t('membership.enterTitle', { year: formatFiscalYear(newYear, lang) })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
