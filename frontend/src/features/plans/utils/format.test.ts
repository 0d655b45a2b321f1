import { describe, expect, it } from 'vitest';
import { translate } from '@/lib/i18n';
import { me, milestone } from '@/testing/fixtures';
import type { Lang } from '@/utils/fiscal-year';
import {
  canWriteProgress,
  codePath,
  gradeText,
  milestoneOverdue,
  periodLabel,
  planYears,
  currentPlan,
  sheetYear,
  statusLabel,
  targetText,
} from './format';

const tFor = (lang: Lang) => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate(lang, key, params);
const ja = tFor('ja');
const en = tFor('en');

describe('periods', () => {
  it('names the whole year, and a half with its year', () => {
    expect(periodLabel(ja, 'ja', 2026, 0)).toBe('令和8年度 通年');
    expect(periodLabel(ja, 'ja', 2026, 1)).toBe('令和8年度 上半期');
    expect(periodLabel(ja, 'ja', 2009, 2)).toBe('平成21年度 下半期');
    expect(periodLabel(en, 'en', 2026, 2)).toBe('FY2026, Second half');
    expect(periodLabel(en, 'en', 2026, undefined)).toBe('FY2026, Whole year');
  });
});

describe('targets', () => {
  it('keeps the printed label for Japanese readers', () => {
    expect(targetText(ja, 'ja', { kind: 'START', fiscalYear: 2009, enhancesExisting: true, label: '(21 年度実施)' })).toBe(
      '(21 年度実施)',
    );
  });

  it('composes the text, in parentheses when it enhances a running program', () => {
    expect(targetText(ja, 'ja', { kind: 'BEGIN', fiscalYear: 2026 })).toBe('令和8年度着手');
    expect(targetText(ja, 'ja', { kind: 'START', fiscalYear: 2009, enhancesExisting: true })).toBe('(平成21年度実施)');
    expect(targetText(en, 'en', { kind: 'COMPLETE', fiscalYear: 2009, label: '21年度完了' })).toBe('Complete in FY2009');
    expect(targetText(ja, 'ja', { kind: 'CONTINUE' })).toBe('継続');
  });
});

describe('codePath', () => {
  it('joins the codes on the way down and skips nodes without one', () => {
    expect(codePath(['Ⅱ', '1', '(1)', 'ア'])).toBe('Ⅱ-1-(1)-ア');
    expect(codePath(['Ⅳ', undefined, null, ''])).toBe('Ⅳ');
    expect(codePath([])).toBe('');
  });
});

describe('status', () => {
  it('calls an initiative without reports 未報告', () => {
    expect(statusLabel(ja, undefined)).toBe('未報告');
    expect(statusLabel(ja, 'CARRIED_OUT')).toBe('実施済');
    expect(statusLabel(en, 'DELAYED')).toBe('Delayed');
  });
});

describe('milestones', () => {
  const today = new Date(2026, 10, 22);
  it('are overdue once their fiscal year has ended and they are not done', () => {
    expect(milestoneOverdue(milestone({ id: 1, dueFiscalYear: 2010, status: 'PLANNED' }), [], today)).toBe(true);
    expect(milestoneOverdue(milestone({ id: 1, dueFiscalYear: 2010, status: 'DONE' }), [], today)).toBe(false);
    expect(milestoneOverdue(milestone({ id: 1, dueFiscalYear: 2026, status: 'IN_PROGRESS' }), [], today)).toBe(false);
    expect(milestoneOverdue(milestone({ id: 1, status: 'PLANNED' }), [], today)).toBe(false);
  });

  it('follow the server where it says so', () => {
    expect(
      milestoneOverdue(milestone({ id: 7, dueFiscalYear: 2026, status: 'PLANNED' }), [
          {
            code: 'MILESTONE_OVERDUE',
            ja: '工程の期限を過ぎています',
            en: 'A milestone is overdue',
            fiscalYear: 2026,
            milestoneId: 7,
          },
        ], today),
    ).toBe(true);
  });
});

describe('who reports progress', () => {
  it('is the office, admins and a department user of an owner section', () => {
    const initiative = { sectionIds: [3, 4] };
    expect(canWriteProgress(me({ role: 'OFFICE' }), initiative)).toBe(true);
    expect(canWriteProgress(me({ role: 'ADMIN' }), initiative)).toBe(true);
    expect(canWriteProgress(me({ role: 'DEPARTMENT', sectionId: 4 }), initiative)).toBe(true);
    expect(canWriteProgress(me({ role: 'DEPARTMENT', sectionId: 9 }), initiative)).toBe(false);
    expect(canWriteProgress(me({ role: 'DEPARTMENT' }), initiative)).toBe(false);
    expect(canWriteProgress(me({ role: 'COMMITTEE' }), initiative)).toBe(false);
    expect(canWriteProgress(null, initiative)).toBe(false);
  });
});

describe('plan years', () => {
  it('run from the first year to the plan end or this year, newest first', () => {
    const today = new Date(2026, 10, 22);
    expect(planYears({ fromFiscalYear: 2024, toFiscalYear: 2025 }, today)).toEqual([2026, 2025, 2024]);
    expect(planYears({ fromFiscalYear: 2025, toFiscalYear: 2028 }, today)).toEqual([2028, 2027, 2026, 2025]);
    expect(planYears(undefined, today)).toEqual([2026]);
  });
});

describe('grades', () => {
  const grades = [{ code: 'A', position: 1, labelJa: '順調', labelEn: 'On track' }];
  it('show the code with the label in the chosen language', () => {
    expect(gradeText('ja', grades, 'A')).toBe('A 順調');
    expect(gradeText('en', grades, 'A')).toBe('A On track');
    expect(gradeText('ja', grades, 'Z')).toBe('Z');
    expect(gradeText('ja', grades, undefined)).toBe('');
  });
});

describe('sheetYear and currentPlan', () => {
  const today = new Date('2026-12-04T12:00:00+09:00'); // FY2026
  it('open the sheet on this year while the plan runs, on its last year once it ended, on its first before it starts', () => {
    expect(sheetYear({ fromFiscalYear: 2025, toFiscalYear: 2029 }, today)).toBe(2026);
    expect(sheetYear({ fromFiscalYear: 2009, toFiscalYear: 2010 }, today)).toBe(2010);
    expect(sheetYear({ fromFiscalYear: 2028, toFiscalYear: 2032 }, today)).toBe(2028);
  });
  it('pick the running plan, else the one that ended last', () => {
    const old = { id: 1, fromFiscalYear: 2009, toFiscalYear: 2010 };
    const later = { id: 2, fromFiscalYear: 2011, toFiscalYear: 2015 };
    const now = { id: 3, fromFiscalYear: 2025, toFiscalYear: 2029 };
    expect(currentPlan([old, now, later], today)?.id).toBe(3);
    expect(currentPlan([old, later], today)?.id).toBe(2);
    expect(currentPlan([], today)).toBeUndefined();
  });
});
