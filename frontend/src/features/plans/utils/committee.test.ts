import { describe, expect, it } from 'vitest';
import { attendeeChoices, memberServesOn } from './committee';
import { committeeMember } from '@/testing/fixtures';

const members = [
  committeeMember({ id: 1, name: '委員長', termFrom: '2024-04-01' }),
  committeeMember({ id: 2, name: '前委員', termFrom: '2020-04-01', termTo: '2024-03-31', active: false }),
  committeeMember({ id: 3, name: '新委員', termFrom: '2026-10-01' }),
];

describe('attendance', () => {
  it('offers the members serving on the day of the meeting', () => {
    expect(memberServesOn(members[0]!, '2026-07-01')).toBe(true);
    expect(memberServesOn(members[1]!, '2024-03-31')).toBe(true);
    expect(memberServesOn(members[1]!, '2024-04-01')).toBe(false);
    expect(attendeeChoices(members, '2026-07-01', []).map((m) => m.id)).toEqual([1]);
  });

  it('keeps anyone already ticked, and offers the current members before a date is chosen', () => {
    expect(attendeeChoices(members, '2026-07-01', [2]).map((m) => m.id)).toEqual([1, 2]);
    expect(attendeeChoices(members, undefined, []).map((m) => m.id)).toEqual([1, 3]);
  });
});
