import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { useI18n } from '@/lib/i18n';
import { formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import { useActivities } from '../api/activities';

const RECENT = 5;

/**
 * 校区カルテ: the district's latest activity records and its open follow-ups (対応事項), oldest due first — as far as
 * the caller may read them (a liaison: records naming their districts; a section: records naming it; the office: all).
 */
export function DistrictActivities({ districtId }: { districtId: number }) {
  const { t, lang } = useI18n();
  const recent = useActivities({ districtId, page: 1, size: RECENT });
  const open = useActivities({ districtId, openFollowUps: true, page: 1, size: 50 });
  const today = isoDate();
  const followUps = (open.data?.items ?? [])
    .flatMap((a) => a.followUps.filter((f) => f.status === 'OPEN').map((f) => ({ ...f, activityId: a.id })))
    .sort((x, y) => (x.dueOn ?? '9999').localeCompare(y.dueOn ?? '9999'));
  return (
    <>
      <section aria-labelledby="profile-activities" className="panel profile-section">
        <h2 id="profile-activities">{t('profile.activities')}</h2>
        {recent.isPending ? (
          <Loading />
        ) : recent.error ? (
          <QueryError error={recent.error} />
        ) : recent.data.items.length === 0 ? (
          <p>{t('profile.noActivities')}</p>
        ) : (
          <>
            <ul className="card-list">
              {recent.data.items.map((a) => (
                <li key={a.id} className="card">
                  <Link to={`/activities/${a.id}`}>
                    {formatWarekiDate(a.occurredOn, lang)} {t(`activity.type.${a.type}`)}
                  </Link>
                  <p className="clamp">{a.summary}</p>
                </li>
              ))}
            </ul>
            <p className="no-print">
              <Link to={`/activities?district=${districtId}`}>{t('profile.allActivities', { count: recent.data.total })}</Link>
            </p>
          </>
        )}
      </section>
      <section aria-labelledby="profile-follow-ups" className="panel profile-section">
        <h2 id="profile-follow-ups">{t('profile.openFollowUps')}</h2>
        {open.isPending ? (
          <Loading />
        ) : open.error ? (
          <QueryError error={open.error} />
        ) : followUps.length === 0 ? (
          <p>{t('profile.noOpenFollowUps')}</p>
        ) : (
          <TableScroll label={t('profile.openFollowUps')}>
            <table className="table">
              <caption className="visually-hidden">{t('profile.openFollowUps')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('followUp.dueOn')}</th>
                  <th scope="col">{t('followUp.description')}</th>
                  <th scope="col">{t('followUp.responsible')}</th>
                </tr>
              </thead>
              <tbody>
                {followUps.map((f) => (
                  <tr key={f.id}>
                    <td className="nowrap">
                      {f.dueOn ? formatWarekiDate(f.dueOn, lang) : '—'}
                      {f.dueOn !== undefined && f.dueOn < today ? (
                        <>
                          {' '}
                          <span className="badge badge-warn">{t('followUp.overdue')}</span>
                        </>
                      ) : null}
                    </td>
                    <td>
                      <Link to={`/activities/${f.activityId}`}>{f.description}</Link>
                    </td>
                    <td>{f.responsibleName ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
