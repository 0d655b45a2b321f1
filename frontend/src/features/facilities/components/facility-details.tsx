import { Link } from 'react-router';
import { Section } from '@/components/layout/section';
import { DataTable } from '@/components/ui/data-table';
import { Fact } from '@/components/ui/facts';
import { useI18n } from '@/lib/i18n';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import type { Facility, FacilityWork } from '../api/facilities';
import { facilityKindLabel, formatYearWareki, formatYen, ownerLabel, workKindLabel } from '../utils/labels';
import './facilities.css';
import '../i18n';

/**
 * One facility: what and where it is, who owns it, its size and age, whether the city lends it; its rooms; and its
 * construction and repair history, each work with the subsidy that paid for it and the amounts in yen.
 */
export function FacilityDetails({ facility: f }: { facility: Facility }) {
  const { t, lang } = useI18n();
  const people = (n: number | undefined) => (n === undefined ? '—' : t('facility.people', { n: formatNumber(n, lang) }));
  const owner = f.ownerName ? t('facility.ownerWithName', { owner: ownerLabel(t, f.owner), name: f.ownerName }) : ownerLabel(t, f.owner);
  return (
    <>
      <dl className="facts facility-facts">
        <Fact label={t('facility.kindLabel')}>{facilityKindLabel(t, f.kind)}</Fact>
        <Fact label={t('facility.district')}>
          {f.districtId !== undefined ? <Link to={`/districts/${f.districtId}`}>{f.districtName ?? t('facility.district')}</Link> : t('facility.cityWide')}
        </Fact>
        <Fact label={t('facility.ward')}>{f.wardName ?? '—'}</Fact>
        <Fact label={t('facility.address')}>{f.address ?? '—'}</Fact>
        <Fact label={t('facility.owner')}>{owner}</Fact>
        <Fact label={t('facility.capacity')}>{people(f.capacity)}</Fact>
        <Fact label={t('facility.builtYear')}>{f.builtYear === undefined ? '—' : formatYearWareki(f.builtYear, lang)}</Fact>
        <Fact label={t('facility.lentByCity')}>{f.lentByCity ? t('facility.lent') : t('facility.notLent')}</Fact>
        {f.note ? (
          <Fact label={t('facility.note')} wide>
            <span className="pre-line">{f.note}</span>
          </Fact>
        ) : null}
      </dl>
      <Section id="facility-rooms" title={t('facility.rooms')}>
        {f.rooms.length === 0 ? (
          <p>{t('facility.noRooms')}</p>
        ) : (
          <DataTable
            label={t('facility.rooms')}
            className="facility-rooms"
            rows={f.rooms}
            rowKey={(_, i) => i}
            columns={[
              { key: 'name', header: t('facility.roomName'), rowHeader: true, className: 'wrap', cell: (r) => r.name },
              { key: 'capacity', header: t('facility.roomCapacity'), num: true, cell: (r) => people(r.capacity) },
            ]}
          />
        )}
      </Section>
      <Section id="facility-works" title={t('facility.works')}>
        <WorksTable facility={f} />
      </Section>
    </>
  );
}

/** 建設・修繕の履歴, oldest first, with the subsidy program of each work and the subsidies summed under them. */
export function WorksTable({ facility: f }: { facility: Facility }) {
  const { t, lang } = useI18n();
  const yen = (n: number | undefined) => formatYen(n, t, lang);
  if (f.works.length === 0) return <p>{t('facility.noWorks')}</p>;
  return (
    <DataTable
      label={t('facility.works')}
      rows={f.works}
      rowKey={(_, i) => i}
      foot
      testId="facility-works"
      columns={[
        {
          key: 'doneOn',
          header: t('facility.work.doneOn'),
          rowHeader: true,
          className: 'nowrap',
          cell: (w) => formatWarekiDate(w.doneOn, lang),
          total: t('facility.work.total'),
        },
        { key: 'kind', header: t('facility.work.kind'), cell: (w) => workKindLabel(t, w.kind) },
        { key: 'description', header: t('facility.work.description'), className: 'wrap', cell: (w) => w.description },
        { key: 'cost', header: t('facility.work.costYen'), num: true, className: 'nowrap', cell: (w) => yen(w.costYen) },
        { key: 'program', header: t('facility.work.program'), className: 'wrap', cell: (w) => <WorkProgram work={w} /> },
        {
          key: 'subsidy',
          header: t('facility.work.subsidyYen'),
          num: true,
          className: 'nowrap',
          cell: (w) => yen(w.subsidyYen),
          total: <span data-testid="facility-subsidy-total">{yen(f.subsidyTotalYen)}</span>,
        },
      ]}
    />
  );
}

/** The subsidy that paid for a work, with its edition's year, and the organization's grant case when kyodo holds it. */
function WorkProgram({ work: w }: { work: FacilityWork }) {
  const { t, lang } = useI18n();
  if (w.programId === undefined) return <>—</>;
  return (
    <>
      <Link to={`/support/programs/${w.programId}`}>{w.programName ?? t('facility.work.programLink')}</Link>
      {w.programFiscalYear !== undefined ? <span className="muted">{t('facility.work.programYear', { year: formatFiscalYear(w.programFiscalYear, lang) })}</span> : null}
      {w.grantCaseId !== undefined ? (
        <span className="facility-case">
          <Link to={`/grant-cases/${w.grantCaseId}`}>{t('facility.work.grantCase')}</Link>
        </span>
      ) : null}
    </>
  );
}
