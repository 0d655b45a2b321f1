import { enumLabel, type TFunction } from '@/lib/i18n';
import '../i18n';

/*
 * The words the event screens use for codes: nobody reads BRIEFING or COMMUNITY, they read 説明会 and 地域コミュニティ組織等.
 * An unknown code (the API may add one) is shown as it is rather than hidden.
 */

export const eventKindLabel = (t: TFunction, kind: string) => enumLabel(t, 'event.kind', kind);
export const eventAudienceLabel = (t: TFunction, audience: string) => enumLabel(t, 'event.audience', audience);

/** 14:00〜16:00, 14:00〜, or nothing. */
export function timeRange(startsAt: string | undefined, endsAt: string | undefined): string {
  if (!startsAt) return '';
  return endsAt ? `${startsAt}〜${endsAt}` : `${startsAt}〜`;
}
