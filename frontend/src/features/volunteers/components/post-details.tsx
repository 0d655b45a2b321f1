import { Link } from 'react-router';
import { Fact } from '@/components/ui/facts';
import { useI18n } from '@/lib/i18n';
import { formatDateTime, formatWarekiDate } from '@/utils/fiscal-year';
import type { VolunteerPost } from '../api/volunteers';
import { activityDays, peopleText } from '../utils/labels';
import './volunteers.css';
import '../i18n';

/**
 * A post as the staff read it: the council that posts it and its district, what volunteers do, where and when, how
 * many are wanted and on what conditions, the closing day, and the steps it went through (申請, 承認, 終了).
 */
export function PostFacts({ post: p }: { post: VolunteerPost }) {
  const { t, lang } = useI18n();
  return (
    <dl className="facts volunteer-facts">
      <Fact label={t('volunteer.organization')}>
        <Link to={`/organizations/${p.organizationId}`}>{p.organizationName}</Link>
      </Fact>
      <Fact label={t('volunteer.district')}>
        <Link to={`/districts/${p.districtId}`}>{p.districtName}</Link>
      </Fact>
      <Fact label={t('volunteer.days')}>{activityDays(p.startsOn, p.endsOn, lang)}</Fact>
      <Fact label={t('volunteer.schedule')}>{p.schedule ?? '—'}</Fact>
      <Fact label={t('volunteer.place')}>{p.place ?? '—'}</Fact>
      <Fact label={t('volunteer.wanted')}>{peopleText(t, p.wanted, lang)}</Fact>
      <Fact label={t('volunteer.closesOnLong')}>{formatWarekiDate(p.closesOn, lang)}</Fact>
      <Fact label={t('volunteer.submittedAt')}>{p.submittedAt ? formatDateTime(p.submittedAt, lang) : '—'}</Fact>
      <Fact label={t('volunteer.approved')}>
        {p.approvedAt
          ? p.approvedBy
            ? t('volunteer.approvedBy', { date: formatDateTime(p.approvedAt, lang), name: p.approvedBy })
            : formatDateTime(p.approvedAt, lang)
          : '—'}
      </Fact>
      {p.closedAt ? <Fact label={t('volunteer.closedAt')}>{formatDateTime(p.closedAt, lang)}</Fact> : null}
      <Fact label={t('volunteer.activity')} wide>
        <span className="pre-line">{p.activity}</span>
      </Fact>
      <Fact label={t('volunteer.conditions')} wide>
        {p.conditions ? <span className="pre-line">{p.conditions}</span> : '—'}
      </Fact>
    </dl>
  );
}
