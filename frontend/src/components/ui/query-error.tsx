import { problemMessage } from '@/lib/api-error';
import { useT } from '@/lib/i18n';
import { Alert } from './alert';
import { Button } from './button';

/** What a failed load shows: the readable problem and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <Alert tone="error">
      <p>{problemMessage(error, t)}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
