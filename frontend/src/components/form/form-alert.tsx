import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { StaleAlert } from '@/components/ui/stale-alert';
import { problemMessage } from '@/lib/api-error';
import type { VersionedForm } from '@/lib/forms';
import { useT } from '@/lib/i18n';

type State = Pick<
  VersionedForm<never>,
  'failure' | 'stale' | 'preconditionRequired' | 'otherErrors' | 'reload' | 'reloading' | 'gone'
>;

/**
 * The form-level message of a versioned form, the same everywhere: 412 says someone else changed the record and
 * offers the current data; 428 (no version was sent) says what the server said and offers the same; any other
 * refusal is one sentence, with the field errors that belong to no field of the form listed under it.
 */
export function FormAlert({
  form,
  gone,
  message,
}: {
  form: State;
  /** Shown when a reload found the record deleted. */
  gone?: ReactNode;
  /** Replaces the sentence for a failure other than 412/428 (a form that knows better words for its 409). */
  message?: (failure: unknown) => ReactNode | undefined;
}) {
  const t = useT();
  if (form.gone) return gone ? <Alert tone="warning">{gone}</Alert> : null;
  if (!form.failure) return null;
  if (form.stale) return <StaleAlert onReload={() => void form.reload()} reloading={form.reloading} />;
  if (form.preconditionRequired) {
    return (
      <Alert tone="warning">
        <p>{problemMessage(form.failure, t)}</p>
        <Button variant="secondary" onClick={() => void form.reload()} disabled={form.reloading}>
          {t('problem.staleReload')}
        </Button>
      </Alert>
    );
  }
  return (
    <Alert tone="error">
      {message?.(form.failure) ?? problemMessage(form.failure, t)}
      {form.otherErrors.length > 0 ? (
        <ul>
          {form.otherErrors.map((e, i) => (
            <li key={i}>
              {e.field ? `${e.field}: ` : ''}
              {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
