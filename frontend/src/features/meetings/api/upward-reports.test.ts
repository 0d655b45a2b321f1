import { describe, expect, it } from 'vitest';
import { me } from '@/testing/fixtures';
import { canRecordReport } from './upward-reports';

describe('who is offered to record a report from a district', () => {
  it('follows the API: the office any district, a liaison their own, nobody else', () => {
    const liaison = me({ role: 'LIAISON', districtIds: [7] });
    expect(canRecordReport(liaison)).toBe(true);
    expect(canRecordReport(liaison, 7)).toBe(true);
    expect(canRecordReport(liaison, 8)).toBe(false);
    expect(canRecordReport(me({ role: 'LIAISON', districtIds: [] }))).toBe(false);
    expect(canRecordReport(me({ role: 'OFFICE' }), 8)).toBe(true);
    expect(canRecordReport(me({ role: 'ADMIN' }), 8)).toBe(true);
    expect(canRecordReport(me({ role: 'DEPARTMENT' }), 8)).toBe(false);
    expect(canRecordReport(me({ role: 'COMMITTEE' }))).toBe(false);
    expect(canRecordReport(undefined)).toBe(false);
  });
});
