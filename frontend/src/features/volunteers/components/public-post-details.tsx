import { Fact } from '@/components/ui/facts';
import { useI18n } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import type { PublicVolunteerPost } from '../api/volunteers';
import { activityDays, peopleText } from '../utils/labels';
import './volunteers.css';
import '../i18n';

/** A call as the public reads it: who posts it, where and when, what volunteers do, how many, the conditions and the closing day — never a contact. */
export function PublicPostFacts({ post: p }: { post: PublicVolunteerPost }) {
  const { t, lang } = useI18n();
  return (
    <dl className="facts volunteer-facts">
      <Fact label={t('volunteer.organization')}>{p.organizationName}</Fact>
      <Fact label={t('volunteer.district')}>{p.wardName ? `${p.wardName} ${p.districtName}` : p.districtName}</Fact>
      <Fact label={t('volunteer.days')}>{activityDays(p.startsOn, p.endsOn, lang)}</Fact>
      <Fact label={t('volunteer.schedule')}>{p.schedule ?? '—'}</Fact>
      <Fact label={t('volunteer.place')}>{p.place ?? '—'}</Fact>
      <Fact label={t('volunteer.wanted')}>{peopleText(t, p.wanted, lang)}</Fact>
      <Fact label={t('volunteer.closesOnLong')}>
        <strong>{formatWarekiDate(p.closesOn, lang)}</strong>
      </Fact>
      <Fact label={t('volunteer.activity')} wide>
        <span className="pre-line">{p.activity}</span>
      </Fact>
      {p.conditions ? (
        <Fact label={t('volunteer.conditions')} wide>
          <span className="pre-line">{p.conditions}</span>
        </Fact>
      ) : null}
    </dl>
  );
}
