import { useT } from '@/lib/i18n';
import { Alert } from './alert';
import { Button } from './button';

/**
 * Someone saved the record after this form was filled (412). Saving over their change silently
 * would lose it, so the user is told why and offered the current data to start again from.
 */
export function StaleAlert({ onReload, reloading }: { onReload: () => void; reloading?: boolean }) {
  const t = useT();
  return (
    <Alert tone="warning">
      <p>{t('problem.stale')}</p>
      <Button variant="secondary" onClick={onReload} disabled={reloading}>
        {t('problem.staleReload')}
      </Button>
    </Alert>
  );
}
