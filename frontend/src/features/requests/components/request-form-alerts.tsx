import { Alert } from '@/components/ui/alert';
import { StaleAlert } from '@/components/ui/stale-alert';
import { ApiError, problemMessage } from '@/lib/api-error';
import type { VersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
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

/**
 * What the request form says above its fields: the server's refusal (naming the rule it applied, and the rule of
 * each field error), a 412 with the offer to load the current request, and the refusal rules the values break
 * as typed.
 */
export function RequestFormAlerts({
  form,
  broken,
  canReload,
}: {
  form: Pick<VersionedForm<never>, 'failure' | 'stale' | 'reload' | 'reloading'>;
  /** The rules broken as typed (ids). */
  broken: string[];
  canReload: boolean;
}) {
  const { t } = useI18n();
  const { ruleText, knows } = useRuleText();
  const failure = form.failure;
  const violatedRule = failure instanceof ApiError ? ((failure.problem as { rule?: string }).rule ?? undefined) : undefined;
  return (
    <>
      {form.stale && canReload ? <StaleAlert onReload={() => void form.reload()} reloading={form.reloading} /> : null}
      {failure && !form.stale ? (
        <Alert tone="error" title={violatedRule ? t('request.form.refused') : undefined}>
          <p>{violatedRule ? `${violatedRule}: ${ruleText(violatedRule)}` : problemMessage(failure, t)}</p>
          {failure instanceof ApiError && (failure.problem.errors?.length ?? 0) > 0 ? (
            <ul>
              {failure.problem.errors?.map((e, i) => (
                <li key={i}>
                  {e.field ? `${e.field}: ` : ''}
                  {e.code && knows(e.code) ? ruleText(e.code) : e.message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {broken.length > 0 ? (
        <Alert tone="warning" title={t('request.form.rulesBroken')}>
          <ul>
            {broken.map((id) => (
              <li key={id}>{ruleText(id)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </>
  );
}
