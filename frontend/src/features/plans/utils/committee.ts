import type { CommitteeMember } from '../api/types';

/** Whether the member's term covers the day (ISO dates compare as strings). */
export function memberServesOn(m: Pick<CommitteeMember, 'termFrom' | 'termTo'>, day: string): boolean {
  if (!m.termFrom || m.termFrom > day) return false;
  return !m.termTo || m.termTo >= day;
}

/**
 * Who can be ticked as present at a meeting on that day: the members serving then, plus anyone already ticked
 * (a record made before a term was corrected must not lose its attendees), in the list's order.
 */
export function attendeeChoices(
  members: readonly CommitteeMember[],
  day: string | undefined,
  ticked: readonly number[],
): CommitteeMember[] {
  return members.filter(
    (m) => ticked.includes(m.id) || (day ? memberServesOn(m, day) : m.active !== false),
  );
}
