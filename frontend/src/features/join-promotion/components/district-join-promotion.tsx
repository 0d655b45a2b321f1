import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { QueryState } from '@/components/ui/query-state';
import { useI18n } from '@/lib/i18n';
import { fiscalYearOf, formatFiscalYear, formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import { DISTRICT_BUILDINGS, useIncorporations, useNewBuildings, type NewBuilding } from '../api/join-promotion';
import { formatUnits } from '../utils/labels';
import { OutcomeBadge, StageBadge } from './badges';
import './join-promotion.css';
import '../i18n';

/** The units that joined in a fiscal year (by the outcome's day, as the plan's indicator counts them). */
export function unitsJoinedIn(buildings: readonly NewBuilding[], fiscalYear: number): number {
  return buildings
    .filter((b) => b.outcomeOn !== undefined && b.joinedUnits > 0 && fiscalYearOf(b.outcomeOn) === fiscalYear)
    .reduce((n, b) => n + b.joinedUnits, 0);
}

/**
 * 校区カルテ: the district's 加入促進 — its new buildings (the latest contact with the developer and the outcome, each a
 * link to its page), the units that joined this fiscal year, and its associations' incorporation cases by stage;
 * 新築集合住宅を登録 for those who may record one here.
 */
export function DistrictJoinPromotion({ districtId, canAdd }: { districtId: number; canAdd: boolean }) {
  const { t, lang } = useI18n();
  const buildings = useNewBuildings({ districtId, page: 1, size: DISTRICT_BUILDINGS, sort: '-noticeOn' });
  const cases = useIncorporations(districtId);
  const fiscalYear = fiscalYearOf(isoDate());
  const day = (d: string | undefined) => (d ? formatWarekiDate(d, lang) : '—');
  return (
    <section aria-labelledby="profile-join-promotion" className="panel profile-section">
      <div className="panel-head">
        <h2 id="profile-join-promotion">{t('jp.profile.title')}</h2>
        {canAdd ? (
          <Link className="btn btn-secondary no-print" to={`/new-buildings/new?district=${districtId}`}>
            {t('jp.building.new')}
          </Link>
        ) : null}
      </div>
      <h3>{t('jp.tab.buildings')}</h3>
      <QueryState query={buildings}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('jp.profile.noBuildings')}</p>
          ) : (
            <>
              <p data-testid="profile-units-joined">
                {t('jp.profile.joinedThisYear', {
                  year: formatFiscalYear(fiscalYear, lang),
                  units: formatUnits(unitsJoinedIn(page.items, fiscalYear), t, lang),
                })}
              </p>
              <DataTable
                label={t('jp.profile.buildingsCaption')}
                rows={page.items}
                rowKey={(b) => b.id}
                columns={[
                  {
                    key: 'name',
                    header: t('jp.building.name'),
                    rowHeader: true,
                    className: 'wrap',
                    cell: (b) => <Link to={`/new-buildings/${b.id}`}>{b.name}</Link>,
                  },
                  { key: 'units', header: t('jp.building.units'), num: true, cell: (b) => formatUnits(b.units, t, lang) },
                  { key: 'noticeOn', header: t('jp.building.noticeOn'), className: 'nowrap', cell: (b) => day(b.noticeOn) },
                  {
                    key: 'lastContact',
                    header: t('jp.building.lastContactOn'),
                    className: 'nowrap',
                    cell: (b) => (b.lastContactOn ? day(b.lastContactOn) : t('jp.building.noContacts')),
                  },
                  { key: 'outcome', header: t('jp.building.outcome'), cell: (b) => <OutcomeBadge outcome={b.outcome} uncontacted={b.contactCount === 0} /> },
                  {
                    key: 'joinedUnits',
                    header: t('jp.building.joinedUnits'),
                    num: true,
                    cell: (b) => (b.joinedUnits > 0 ? formatUnits(b.joinedUnits, t, lang) : '—'),
                  },
                ]}
              />
            </>
          )
        }
      </QueryState>
      <h3>{t('jp.tab.incorporations')}</h3>
      <QueryState query={cases}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t('jp.profile.noIncorporations')}</p>
          ) : (
            <DataTable
              label={t('jp.tab.incorporations')}
              rows={rows}
              rowKey={(c) => c.id}
              columns={[
                {
                  key: 'organization',
                  header: t('jp.inc.organization'),
                  rowHeader: true,
                  className: 'wrap',
                  cell: (c) => <Link to={`/organizations/${c.organizationId}`}>{c.organizationName}</Link>,
                },
                { key: 'stage', header: t('jp.inc.stage'), cell: (c) => <StageBadge stage={c.stage} /> },
                { key: 'consultedOn', header: t('jp.inc.consultedOn'), className: 'nowrap', cell: (c) => day(c.consultedOn) },
                {
                  key: 'latest',
                  header: t('jp.inc.closedOn'),
                  className: 'nowrap',
                  cell: (c) => day(c.approvedOn ?? c.withdrawnOn),
                },
              ]}
            />
          )
        }
      </QueryState>
      <p className="no-print">
        <Link to={`/join-promotion?district=${districtId}`}>{t('jp.profile.all')}</Link>
      </p>
    </section>
  );
}
