import type { TFunction } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import type { CommitteeMeeting } from '../../api/types';

/** Which record a panel's form is open for: a new one, or one to edit. */
export type Mode<T> = { kind: 'add' } | { kind: 'edit'; record: T } | null;

export function term(lang: 'ja' | 'en', from: string | undefined, to: string | undefined): string {
  const f = from ? formatWarekiDate(from, lang) : '';
  const t = to ? formatWarekiDate(to, lang) : '';
  return `${f} 〜 ${t}`.trim();
}

export function meetingName(t: TFunction, m: CommitteeMeeting): string {
  return m.meetingNumber !== undefined
    ? t('committee.meeting.numberValue', { n: m.meetingNumber })
    : t('committee.meeting.unnumbered');
}
