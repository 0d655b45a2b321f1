import { Alert } from '@/components/ui/alert';
import { StaleAlert } from '@/components/ui/stale-alert';
import { ApiError, problemMessage } from '@/lib/api-error';
import type { VersionedForm } from '@/lib/forms';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { CLIENT_CHECKED_RULES, ruleField } from '../utils/request-values';
import { useRules } from '../api/requests';

/** A rule's text in the current language (the id itself until the rules are loaded, or for an unknown one). */
export function useRuleText(): { ruleText: (id: string) => string; knows: (id: string) => boolean } {
  const { lang } = useI18n();
  const rules = useRules();
  const find = (id: string) => rules.data?.find((r) => r.id === id);
  return {
    ruleText: (id) => {
      const rule = find(id);
      return rule ? (lang === 'en' ? rule.textEn : rule.textJa) : id;
    },
    knows: (id) => find(id) !== undefined,
  };
}

/** The form field a refusal rule is about (the server names it too; this is for the words). */
const RULE_FIELD_LABEL: Record<string, MessageKey> = {
  headCount: 'request.form.headCount',
  mandatory: 'request.form.mandatory',
  asks: 'request.ask',
  kind: 'request.kind',
};

/** `update.arg1.headCount` → `headCount`. */
const bodyField = (field: string) => /^[^.]+\.(?:arg\d+|body)\.(.+)$/.exec(field)?.[1] ?? field;

/**
 * A 422 rule-violation: each rule it names once, with the field it is about, and whether the values as they are
 * now still break it (a rule the browser checks is fixed once the values no longer break it; another one stays
 * until the next submit).
 */
export function refusedRules(
  failure: unknown,
  broken: readonly string[],
): { rule: string; field: string | undefined; open: boolean }[] {
  if (!(failure instanceof ApiError)) return [];
  const main = (failure.problem as { rule?: string }).rule;
  if (!main) return [];
  const out = new Map<string, string | undefined>();
  for (const e of failure.problem.errors ?? []) {
    const rule = e.code || main;
    if (!out.has(rule) || out.get(rule) === undefined) out.set(rule, e.field ? bodyField(e.field) : undefined);
  }
  if (!out.has(main)) out.set(main, undefined);
  return [...out].map(([rule, field]) => ({
    rule,
    field,
    open: broken.includes(rule) || !CLIENT_CHECKED_RULES.includes(rule),
  }));
}

/**
 * What the request form says above its fields. A rule refusal names each rule once, in words, by the field it is
 * about (the rule's sentence itself is at that field), and goes away once the values no longer break it; the
 * refusal rules broken as typed are announced the same way before saving; any other refusal is one sentence, with
 * the errors that belong to no field under it; a 412 offers to load the current request.
 */
export function RequestFormAlerts({
  form,
  broken,
  canReload,
}: {
  form: Pick<VersionedForm<never>, 'failure' | 'stale' | 'reload' | 'reloading' | 'otherErrors'>;
  /** The rules broken as typed (ids). */
  broken: string[];
  canReload: boolean;
}) {
  const { t } = useI18n();
  const { ruleText } = useRuleText();
  const failure = form.failure;
  const refused = refusedRules(failure, broken);
  const open = refused.filter((r) => r.open);
  const where = (rules: { rule: string; field: string | undefined }[]) => (
    <ul>
      {rules.map(({ rule, field }) => (
        <li key={rule}>{field && RULE_FIELD_LABEL[field] ? t(RULE_FIELD_LABEL[field]) : ruleText(rule)}</li>
      ))}
    </ul>
  );
  // The rules broken as typed that the refusal does not already name.
  const typed = broken
    .filter((id) => !refused.some((r) => r.rule === id))
    .map((rule) => ({ rule, field: ruleField(rule) }));
  return (
    <>
      {form.stale && canReload ? <StaleAlert onReload={() => void form.reload()} reloading={form.reloading} /> : null}
      {failure && !form.stale && refused.length === 0 ? (
        <Alert tone="error">
          <p>{problemMessage(failure, t)}</p>
          {form.otherErrors.length > 0 ? (
            <ul>
              {form.otherErrors.map((e, i) => (
                <li key={i}>{e.message}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {open.length > 0 ? (
        <Alert tone="error" title={t('request.form.refused')}>
          <p>{t('request.form.fixFields')}</p>
          {where(open)}
        </Alert>
      ) : null}
      {typed.length > 0 ? (
        <Alert tone="warning" title={t('request.form.rulesBroken')}>
          <p>{t('request.form.fixFields')}</p>
          {where(typed)}
        </Alert>
      ) : null}
    </>
  );
}
