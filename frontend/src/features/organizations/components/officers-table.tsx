import type { ReactNode } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { enumLabel, useI18n } from '@/lib/i18n';
import { formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import { sortOfficers, termStatus, type Officer } from '../api/get-officers';

/**
 * Officers by role (会長, 副会長, 会計, 事務局長, 監事, その他) and term, with only the columns the
 * server sent: personal data (reading, phone, address) is left out of the response for roles that
 * may not see it, and then has no column here either. `actions` adds a cell of buttons per row.
 */
export function OfficersTable({
  officers,
  caption,
  actions,
  emptyText,
}: {
  officers: Officer[];
  caption: string;
  actions?: (officer: Officer) => ReactNode;
  emptyText?: string;
}) {
  const { t, lang } = useI18n();
  if (officers.length === 0) return <p>{emptyText ?? t('org.noOfficers')}</p>;
  const has = (key: 'personName' | 'personKana' | 'phone' | 'address') =>
    officers.some((o) => o[key] !== undefined);
  // Without personal data there are no names: the role heads the row, and a note says why.
  const showName = has('personName');
  const showKana = has('personKana');
  const showPhone = has('phone');
  const showAddress = has('address');
  const today = isoDate();
  const date = (d: string | undefined) => (d ? formatWarekiDate(d, lang) : '');
  const role = (o: Officer) => enumLabel(t, 'officer.role', o.role);
  return (
    <>
      {showName ? null : <p className="muted">{t('officer.personalHidden')}</p>}
      <DataTable
        label={caption}
        className="officers-table"
        rows={sortOfficers(officers)}
        rowKey={(o) => o.id}
        rowProps={(o) => ({ className: termStatus(o, today) === 'ended' ? 'is-past' : undefined })}
        columns={[
          { key: 'role', header: t('officer.role'), rowHeader: !showName, className: 'nowrap', cell: role },
          showName && { key: 'name', header: t('officer.name'), rowHeader: true, className: 'nowrap', cell: (o) => o.personName },
          showKana && {
            key: 'kana',
            header: t('officer.kana'),
            className: 'nowrap',
            cell: (o) => o.personKana ?? '',
            cellProps: () => ({ lang: 'ja' }),
          },
          showPhone && { key: 'phone', header: t('officer.phone'), className: 'nowrap', cell: (o) => o.phone ?? '' },
          showAddress && { key: 'address', header: t('officer.address'), className: 'wrap', cell: (o) => o.address ?? '' },
          {
            key: 'term',
            header: t('officer.term'),
            className: 'term',
            cell: (o) => {
              const status = termStatus(o, today);
              return (
                <>
                  {date(o.termStart)} – {date(o.termEnd)}
                  {status !== 'current' ? <span className="tag tag-status">{t(`officer.status.${status}`)}</span> : null}
                </>
              );
            },
          },
          actions && {
            key: 'actions',
            header: <span className="visually-hidden">{t('officer.actions')}</span>,
            className: 'row-actions',
            cell: actions,
          },
        ]}
      />
    </>
  );
}
