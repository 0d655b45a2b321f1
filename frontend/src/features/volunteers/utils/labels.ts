import type { TFunction } from '@/lib/i18n';
import { formatWarekiDate, type Lang } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import type { VolunteerPost } from '../api/volunteers';
import '../i18n';

/**
 * Where a post stands, in the office's words: a post approved whose closing day has passed is no longer public
 * (締切済み), the rest by their status. Never the status code.
 */
export type PostState = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'EXPIRED' | 'RETURNED' | 'CLOSED';

export function postState(p: Pick<VolunteerPost, 'status' | 'published'>): PostState {
  if (p.status === 'APPROVED') return p.published ? 'PUBLISHED' : 'EXPIRED';
  return p.status;
}

export function postStateLabel(t: TFunction, state: PostState): string {
  switch (state) {
    case 'DRAFT':
      return t('volunteer.state.DRAFT');
    case 'SUBMITTED':
      return t('volunteer.state.SUBMITTED');
    case 'PUBLISHED':
      return t('volunteer.state.PUBLISHED');
    case 'EXPIRED':
      return t('volunteer.state.EXPIRED');
    case 'RETURNED':
      return t('volunteer.state.RETURNED');
    case 'CLOSED':
      return t('volunteer.state.CLOSED');
  }
}

/** The activity's days: one day, or the first and the last (令和9年7月25日〜令和9年7月26日). */
export function activityDays(startsOn: string, endsOn: string | undefined, lang: Lang): string {
  const start = formatWarekiDate(startsOn, lang);
  if (!endsOn || endsOn === startsOn) return start;
  return `${start}${lang === 'ja' ? '〜' : ' – '}${formatWarekiDate(endsOn, lang)}`;
}

export function peopleText(t: TFunction, n: number, lang: Lang): string {
  return t('volunteer.people', { n: formatNumber(n, lang) });
}
