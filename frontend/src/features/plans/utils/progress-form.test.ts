import { describe, expect, it } from 'vitest';
import { translate } from '@/lib/i18n';
import { progressReport } from '@/testing/fixtures';
import {
  emptyEvidence,
  emptyIndicator,
  parseDecimal,
  progressBodyOf,
  progressValuesOf,
  toFormRows,
  validateProgress,
  type ProgressValues,
} from './progress-form';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('ja', key, params);

function values(change: Partial<ProgressValues> = {}): ProgressValues {
  return { ...progressValuesOf(undefined, 2026), status: 'CARRIED_OUT', ...change };
}

describe('numbers typed in indicators', () => {
  it('accept full-width digits and thousands separators', () => {
    expect(parseDecimal('１２．５')).toBe(12.5);
    expect(parseDecimal('1,234')).toBe(1234);
    expect(parseDecimal(' ')).toBeUndefined();
    expect(parseDecimal('12%')).toBeNaN();
  });
});

describe('the progress report body', () => {
  it('leaves out empty rows and remembers which form row each sent row came from', () => {
    const v = values({
      done: ' フォーラムを2回開催した。 ',
      evidence: [emptyEvidence(), { ...emptyEvidence(), label: '開催報告', url: 'https://www.city.example.jp/forum' }],
      indicators: [
        { ...emptyIndicator(), name: '参加者数', unit: '人', target: '300', actual: '２５０' },
        emptyIndicator(),
        { ...emptyIndicator(), name: '加入率', binding: 'JOIN_RATE', scopeLevel: 'WARD', scopeId: '3', actual: '99' },
      ],
    });
    const { body, rows } = progressBodyOf(v);
    expect(body).toEqual({
      fiscalYear: 2026,
      half: 0,
      status: 'CARRIED_OUT',
      done: 'フォーラムを2回開催した。',
      evidence: [{ label: '開催報告', url: 'https://www.city.example.jp/forum' }],
      indicators: [
        { name: '参加者数', unit: '人', target: 300, actual: 250, binding: undefined, scopeLevel: undefined, scopeId: undefined },
        // Bound: the actual is computed by the server and never sent.
        { name: '加入率', unit: undefined, target: undefined, actual: undefined, binding: 'JOIN_RATE', scopeLevel: 'WARD', scopeId: 3 },
      ],
    });
    expect(rows).toEqual({ evidence: [1], indicators: [0, 2] });
    expect(toFormRows({ 'indicators[1].scopeId': 'no such ward', status: 'x' }, rows)).toEqual({
      'indicators[2].scopeId': 'no such ward',
      status: 'x',
    });
  });

  it('is checked before it is sent', () => {
    const v = values({
      status: '',
      evidence: [{ ...emptyEvidence(), label: '資料' }, { ...emptyEvidence(), url: 'www.example.jp' }],
      indicators: [
        { ...emptyIndicator(), unit: '人', target: 'たくさん' },
        { ...emptyIndicator(), name: '加入率', binding: 'JOIN_RATE', scopeLevel: 'DISTRICT' },
      ],
    });
    expect(validateProgress(v, t)).toEqual({
      status: '入力してください。',
      'evidence[0].url': '入力してください。',
      'evidence[1].url': 'http:// または https:// で始まる URL を入力してください。',
      'indicators[0].name': '入力してください。',
      'indicators[0].target': '数値を入力してください。',
      'indicators[1].scopeId': '入力してください。',
    });
  });

  it('starts from a report as it was saved, without the computed actual of a bound indicator', () => {
    const v = progressValuesOf(
      progressReport({
        fiscalYear: 2025,
        half: 2,
        status: 'IN_PROGRESS',
        indicators: [{ name: '協力依頼の件数', binding: 'COOPERATION_REQUESTS', scopeLevel: 'CITY', actual: 120, live: true }],
      }),
      2026,
    );
    expect(v.fiscalYear).toBe('2025');
    expect(v.half).toBe('2');
    expect(v.indicators[0]).toMatchObject({ binding: 'COOPERATION_REQUESTS', actual: '', scopeLevel: 'CITY' });
  });
});
