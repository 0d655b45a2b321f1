import { isMessageKey, type TFunction } from '@/lib/i18n';
import type { Lang } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import type { AmountRule, GrantProgram, GrantStatus } from '../api/grants';
import '../i18n';

/** 1,234,567円 (¥1,234,567 in English); — when there is no amount. */
export function formatYen(yen: number | null | undefined, t: TFunction, lang: Lang): string {
  if (yen === null || yen === undefined) return '—';
  return t('grant.yen', { n: formatNumber(yen, lang) });
}

export function statusLabel(status: GrantStatus, t: TFunction): string {
  return t(`grant.status.${status}`);
}

/**
 * A figure the rule needs and the case lacks (`computedMissing`), in words: 世帯数, 加入世帯数, 人口, 補助対象経費,
 * 算定方法. A name this screen does not know yet is shown as it is.
 */
export function missingLabel(figure: string, t: TFunction): string {
  const key = `grant.missing.${figure}`;
  return isMessageKey(key) ? t(key) : figure;
}

/** 算定不可：加入世帯数・人口 */
export function notComputable(missing: readonly string[], t: TFunction): string {
  const names = missing.map((m) => missingLabel(m, t)).join(t('grant.listSeparator'));
  return names ? t('grant.notComputableOf', { missing: names }) : t('grant.notComputable');
}

/**
 * The program's rule as the API sends it. The generated type of the property has lost its kinds (a `oneOf` with a
 * discriminator behind an `allOf`), so it is read back as the rule it is.
 */
export function programRule(program: GrantProgram | undefined): AmountRule | undefined {
  const rule = program?.amountRule as AmountRule | undefined;
  return rule && typeof rule.kind === 'string' ? rule : undefined;
}

/** The rule and, for a combination, its parts (a combination holds no combinations). */
function parts(rule: AmountRule | undefined): AmountRule[] {
  if (!rule) return [];
  return rule.kind === 'COMBINED' ? [rule, ...(rule.parts ?? []).flatMap(parts)] : [rule];
}

/** Whether the application states an eligible cost (補助対象経費): a COST_SHARE rule, or a combination holding one. */
export function usesEligibleCost(rule: AmountRule | undefined): boolean {
  return parts(rule).some((r) => r.kind === 'COST_SHARE');
}

export type PricedUnit = { key: string; label: string };

/** The units the rule prices (PER_UNIT, also inside a combination), by key, with the rule's labels. */
export function pricedUnits(rule: AmountRule | undefined): PricedUnit[] {
  const out = new Map<string, string>();
  for (const r of parts(rule)) {
    if (r.kind !== 'PER_UNIT') continue;
    for (const key of Object.keys(r.unitPrices ?? {})) {
      if (!out.has(key)) out.set(key, r.labels?.[key] ?? key);
    }
  }
  return [...out].map(([key, label]) => ({ key, label }));
}

/** Units as a line (LED化 5、新設 2), named by the rule's labels where it has them. */
export function unitsText(units: Record<string, number>, priced: readonly PricedUnit[], t: TFunction, lang: Lang): string {
  const entries = Object.entries(units);
  if (entries.length === 0) return '—';
  return entries
    .map(([k, n]) => `${priced.find((p) => p.key === k)?.label ?? k} ${formatNumber(n, lang)}`)
    .join(t('grant.listSeparator'));
}
