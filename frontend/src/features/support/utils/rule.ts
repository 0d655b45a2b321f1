import { enumLabel, type Lang, type TFunction } from '@/lib/i18n';
import type { components } from '@/types/api';
import '../i18n';

/** 算定方法: one of six kinds told apart by `kind` (docs/support.md, "Amount rules"). */
export type AmountRule = components['schemas']['AmountRule'];
export type RuleKind = AmountRule['kind'];
/** A part of a combination: any rule but another combination. */
export type PartRule = Exclude<AmountRule, { kind: 'COMBINED' }>;
export type Rounding = components['schemas']['Rounding'];
export type RoundingMode = components['schemas']['Mode'];
export type Households = components['schemas']['Households'];

export const RULE_KINDS: readonly RuleKind[] = ['FLAT', 'PER_HOUSEHOLD', 'PER_CAPITA', 'COST_SHARE', 'PER_UNIT', 'COMBINED'];
export const PART_KINDS: readonly PartRule['kind'][] = ['FLAT', 'PER_HOUSEHOLD', 'PER_CAPITA', 'COST_SHARE', 'PER_UNIT'];
/** The units a rule may round to (円未満, 十円未満, 百円未満, 千円未満, 万円未満). */
export const ROUNDING_UNITS = [1, 10, 100, 1000, 10000] as const;
export const ROUNDING_MODES: readonly RoundingMode[] = ['DOWN', 'HALF_UP', 'UP'];
export const HOUSEHOLDS: readonly Households[] = ['MEMBERS', 'ALL'];

/** The largest amount (yen, cap) and price (per household, person or unit) the server takes. */
export const MAX_YEN = 10_000_000_000;
export const MAX_PRICE = 100_000_000;

/**
 * The program's rule as the API sends it. The generated type of the property has lost its kinds (the schema is a
 * `oneOf` with a discriminator behind an `allOf`), so it is read back as the rule it is.
 */
export function ruleOf(program: { amountRule?: object }): AmountRule | undefined {
  const rule = program.amountRule as AmountRule | undefined;
  return rule && typeof rule.kind === 'string' ? rule : undefined;
}

/** 1,234,567円 (1,234,567 yen); prices may have up to four decimals (12.5円). */
export function formatYen(amount: number | undefined | null, t: TFunction, lang: Lang): string {
  if (amount === undefined || amount === null || !Number.isFinite(amount)) return '—';
  const n = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 4 }).format(amount);
  return t('support.yen', { amount: n });
}

/** 0.5 → 2分の1 (1/2); a share no small fraction writes → 45%; 1 → 全額. */
function shareText(share: number | undefined, t: TFunction): string {
  if (share === undefined || !Number.isFinite(share)) return t('support.rule.costShare', { share: '—' });
  if (share === 1) return t('support.rule.costShareAll');
  for (let d = 2; d <= 10; d++) {
    const n = Math.round(share * d);
    if (n > 0 && n < d && Math.abs(share * d - n) < 1e-5) {
      return t('support.rule.costShare', { share: t('support.rule.fraction', { n, d }) });
    }
  }
  const percent = Number((share * 100).toFixed(4));
  return t('support.rule.costShare', { share: `${percent}%` });
}

/** 千円未満切捨て (rounded down to 1,000 yen). */
export function roundingText(rounding: Rounding | undefined, t: TFunction): string | undefined {
  if (!rounding || rounding.unit === undefined) return undefined;
  return t('support.rule.rounding', {
    unit: enumLabel(t, 'support.rounding.unit', String(rounding.unit)),
    mode: enumLabel(t, 'support.rounding.mode', rounding.mode ?? 'DOWN'),
  });
}

function partText(rule: AmountRule, t: TFunction, lang: Lang): string {
  const yen = (n: number | undefined) => formatYen(n, t, lang);
  switch (rule.kind) {
    case 'FLAT':
      return t('support.rule.flat', { yen: yen(rule.yen) });
    case 'PER_HOUSEHOLD':
      return t(rule.households === 'ALL' ? 'support.rule.perHousehold.ALL' : 'support.rule.perHousehold.MEMBERS', {
        yen: yen(rule.yenPerHousehold),
      });
    case 'PER_CAPITA':
      return t('support.rule.perCapita', { yen: yen(rule.yenPerPerson) });
    case 'COST_SHARE':
      return shareText(rule.share, t);
    case 'PER_UNIT': {
      const sep = t('support.rule.sep');
      const units = Object.entries(rule.unitPrices ?? {}).map(([key, price]) =>
        t('support.rule.unit', { label: rule.labels?.[key] ?? key, yen: yen(price) }),
      );
      return t('support.rule.perUnit', { units: units.join(sep) || '—' });
    }
    case 'COMBINED':
      return (rule.parts ?? []).map((p) => describeRule(p, t, lang)).join(t('support.rule.plus'));
  }
}

/**
 * The rule in plain words, as a 交付要綱 writes it: 「均等割 200,000円 ＋ 加入世帯 1世帯につき 300円（千円未満切捨て、上限
 * 300,000円）」. Rounding and cap follow the rule (or the part) they belong to; no rounding means 円未満切捨て and is
 * not written.
 */
export function describeRule(rule: AmountRule, t: TFunction, lang: Lang): string {
  const body = partText(rule, t, lang);
  const rounding = rule.kind === 'FLAT' ? undefined : roundingText(rule.rounding, t);
  const cap = rule.kind !== 'FLAT' && rule.cap !== undefined ? t('support.rule.cap', { yen: formatYen(rule.cap, t, lang) }) : undefined;
  const extras = [rounding, cap].filter((x): x is string => !!x);
  return extras.length > 0 ? t('support.rule.extras', { rule: body, extras: extras.join(t('support.rule.sep')) }) : body;
}
