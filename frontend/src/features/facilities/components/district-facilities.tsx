import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { QueryState } from '@/components/ui/query-state';
import { useI18n } from '@/lib/i18n';
import { formatNumber } from '@/utils/format';
import { useFacilities } from '../api/facilities';
import { facilityKindLabel, formatYearWareki, formatYen } from '../utils/labels';
import './facilities.css';
import '../i18n';

/** A district has a handful of facilities: one page holds them. */
const DISTRICT_FACILITIES = 100;

/**
 * 校区カルテ: the district's facilities (community centre, halls, meeting places) with their kind, size, age and the
 * subsidies their works received, each a link to its page; 施設を登録 for those who may add one here.
 */
export function DistrictFacilities({ districtId, canAdd }: { districtId: number; canAdd: boolean }) {
  const { t, lang } = useI18n();
  const facilities = useFacilities({ districtId, page: 1, size: DISTRICT_FACILITIES, sort: 'name' });
  return (
    <section aria-labelledby="profile-facilities" className="panel profile-section">
      <div className="panel-head">
        <h2 id="profile-facilities">{t('facility.profileTitle')}</h2>
        {canAdd ? (
          <Link className="btn btn-secondary no-print" to={`/facilities/new?district=${districtId}`}>
            {t('facility.new')}
          </Link>
        ) : null}
      </div>
      <QueryState query={facilities}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('facility.profileNone')}</p>
          ) : (
            <DataTable
              label={t('facility.profileTitle')}
              rows={page.items}
              rowKey={(f) => f.id}
              columns={[
                {
                  key: 'name',
                  header: t('facility.name'),
                  rowHeader: true,
                  className: 'wrap',
                  cell: (f) => <Link to={`/facilities/${f.id}`}>{f.name}</Link>,
                },
                { key: 'kind', header: t('facility.kindLabel'), cell: (f) => facilityKindLabel(t, f.kind) },
                {
                  key: 'capacity',
                  header: t('facility.capacity'),
                  num: true,
                  cell: (f) => (f.capacity === undefined ? '—' : t('facility.people', { n: formatNumber(f.capacity, lang) })),
                },
                {
                  key: 'builtYear',
                  header: t('facility.builtYear'),
                  className: 'nowrap',
                  cell: (f) => (f.builtYear === undefined ? '—' : formatYearWareki(f.builtYear, lang)),
                },
                {
                  key: 'subsidy',
                  header: t('facility.subsidyTotal'),
                  num: true,
                  className: 'nowrap',
                  cell: (f) => (f.subsidyTotalYen > 0 ? formatYen(f.subsidyTotalYen, t, lang) : '—'),
                },
              ]}
            />
          )
        }
      </QueryState>
      <p className="no-print">
        <Link to={`/facilities?district=${districtId}`}>{t('facility.profileAll')}</Link>
      </p>
    </section>
  );
}
