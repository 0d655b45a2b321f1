import { useT, type MessageKey } from '@/lib/i18n';
import type { Voice } from '../api/voices';

/** The status in words, and 期限超過 beside it when the voice is past its due date without an answer. */
export function StatusBadge({ voice }: { voice: Pick<Voice, 'status' | 'overdue'> }) {
  const t = useT();
  return (
    <span className="voice-status">
      <span className={`badge voice-status-${voice.status.toLowerCase()}`}>{t(`voices.status.${voice.status}` as MessageKey)}</span>
      {voice.overdue ? <span className="badge badge-warning">{t('voices.overdue')}</span> : null}
    </span>
  );
}
