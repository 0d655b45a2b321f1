import { Link } from 'react-router';
import { Fact } from '@/components/ui/facts';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { enumLabel, useI18n } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { formatNumber, formatPercent } from '@/utils/format';
import { useDistrictProfile, type DistrictProfile } from '../api/get-map';
import './district-profile.css';

function hours(v: number, lang: 'ja' | 'en'): string {
  return formatNumber(Math.round(Number(v) * 10) / 10, lang);
}

function Associations({ p }: { p: DistrictProfile }) {
  const { t, lang } = useI18n();
  const years = p.joinRates.map((y) => y.fiscalYear);
  if (years.length === 0) return <p>{t('profile.noFigures')}</p>;
  const caption = t('profile.associations');
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('profile.association')}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="num">
                {formatFiscalYear(y, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.associations.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link to={`/organizations/${a.id}`}>{a.name}</Link>
              </th>
              {years.map((y) => (
                <td key={y} className="num">
                  {formatPercent(a.years.find((r) => r.fiscalYear === y)?.joinRate)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('profile.districtTotal')}</th>
            {p.joinRates.map((r) => (
              <td key={r.fiscalYear} className="num">
                {formatPercent(r.joinRate)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

/**
 * 世帯数 from both sources when they differ: the associations' reports (what 加入率 divides by) and the
 * resident registry (the district's statistics), saying which one the rate uses.
 */
export function HouseholdFigures({ p }: { p: DistrictProfile }) {
  const { t, lang } = useI18n();
  const h = p.households;
  if (h.associations == null || h.residentRegistry == null || h.associations === h.residentRegistry) return null;
  const fy = formatFiscalYear(h.fiscalYear, lang);
  return (
    <div className="household-figures">
      <dl className="facts">
        <Fact label={t('profile.householdsAssociations', { fy })} data-testid="households-associations">
          {formatNumber(h.associations, lang)}
        </Fact>
        <Fact label={t('profile.householdsRegistry', { fy })} data-testid="households-registry">
          {formatNumber(h.residentRegistry, lang)}
        </Fact>
      </dl>
      <p className="muted">{t('profile.householdsRateUses')}</p>
    </div>
  );
}

function Requests({ p }: { p: DistrictProfile }) {
  const { t, lang } = useI18n();
  if (p.requests.length === 0) return <p>{t('profile.noRequests')}</p>;
  const caption = t('profile.requests');
  return (
    <>
      <p>{t('profile.requestsTotal', { hours: t('map.hours', { n: hours(p.requestHours, lang) }) })}</p>
      <TableScroll label={caption}>
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('profile.request')}</th>
              <th scope="col">{t('profile.section')}</th>
              <th scope="col" className="num">
                {t('profile.organizations')}
              </th>
              <th scope="col" className="num">
                {t('profile.hours')}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.requests.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link to={`/requests/${r.id}`}>{r.title}</Link>{' '}
                  <span className="tag">{enumLabel(t, 'request.kind', r.kind)}</span>
                </th>
                <td>{r.sectionName}</td>
                <td className="num">{formatNumber(r.organizations, lang)}</td>
                <td className="num">{hours(r.annualHours, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function dateLabel(iso: string, lang: 'ja' | 'en'): string {
  const d = new Date(`${iso}T00:00:00`);
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP-u-ca-japanese' : 'en-GB', {
    era: lang === 'ja' ? 'long' : undefined,
    year: 'numeric',
    month: lang === 'ja' ? 'long' : 'short',
    day: 'numeric',
  }).format(d);
}

/**
 * 校区カルテ: the sections the district page adds from one read of the profile — join rates of the associations
 * over five years, requests landing this year with their hours, meetings and agenda, reports received, bound plan
 * initiatives. Each is a section of its own so that printing starts each on a new page when it does not fit.
 */
export function DistrictProfileSections({
  districtId,
  canRecordReports = false,
}: {
  districtId: number;
  /** The user may record reports from this district (the office; its liaison). */
  canRecordReports?: boolean;
}) {
  const { t, lang } = useI18n();
  const profile = useDistrictProfile(districtId);
  if (profile.isPending) return <Loading />;
  if (profile.isError) return <QueryError error={profile.error} onRetry={() => void profile.refetch()} />;
  const p = profile.data;
  const fy = formatFiscalYear(p.fiscalYear, lang);
  return (
    <>
      <section aria-labelledby="profile-associations" className="panel profile-section">
        <h2 id="profile-associations">{t('profile.associations')}</h2>
        <HouseholdFigures p={p} />
        <Associations p={p} />
      </section>
      <section aria-labelledby="profile-requests" className="panel profile-section">
        <h2 id="profile-requests">
          {t('profile.requests')}（{fy}）
        </h2>
        <Requests p={p} />
      </section>
      <section aria-labelledby="profile-meetings" className="panel profile-section">
        <h2 id="profile-meetings">
          {t('profile.meetings')}（{fy}）
        </h2>
        {p.meetings.length === 0 ? (
          <p>{t('profile.noMeetings')}</p>
        ) : (
          <ul className="profile-list">
            {p.meetings.map((m) => (
              <li key={m.id}>
                <strong>
                  {dateLabel(m.heldOn, lang)} {m.bodyName}
                  {m.number ? ` ${t('profile.meetingNumber', { n: m.number })}` : ''}
                  {m.title ? ` ${m.title}` : ''}
                </strong>
                {m.agendaItems.length > 0 ? (
                  <ul>
                    {m.agendaItems.map((a, i) => (
                      <li key={i}>{a}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="profile-reports" className="panel profile-section">
        <h2 id="profile-reports">
          {t('profile.reports')}（{fy}）
        </h2>
        {p.reports.length === 0 ? (
          <p>{t('profile.noReports')}</p>
        ) : (
          <ul className="profile-list">
            {p.reports.map((r) => (
              <li key={r.id}>
                {dateLabel(r.receivedOn, lang)} <span className="tag">{enumLabel(t, 'reports.type', r.type)}</span>{' '}
                <Link to={`/upward-reports/${r.id}`}>{r.title}</Link>
              </li>
            ))}
          </ul>
        )}
        <p className="profile-links no-print">
          <Link to={`/upward-reports?district=${districtId}`}>{t('profile.allReports')}</Link>
          {canRecordReports ? (
            <>
              {' '}
              <Link className="btn btn-secondary" to={`/upward-reports/new?districtId=${districtId}`}>
                {t('reports.new')}
              </Link>
            </>
          ) : null}
        </p>
      </section>
      <section aria-labelledby="profile-initiatives" className="panel profile-section">
        <h2 id="profile-initiatives">{t('profile.initiatives')}</h2>
        {p.initiatives.length === 0 ? (
          <p>{t('profile.noInitiatives')}</p>
        ) : (
          <ul className="profile-list">
            {p.initiatives.map((i) => (
              <li key={i.id}>
                <Link to={`/initiatives/${i.id}`}>{i.title}</Link>（{i.planName}）
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
