import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import { VOICE_STATUSES, type Voice } from '../api/voices';

/** 受付 → 担当課で対応中 → 回答済 → 完了 as an ordered list: steps done, the current one (aria-current), those to come. */
export function VoiceSteps({ voice }: { voice: Voice }) {
  const { t, lang } = useI18n();
  const current = VOICE_STATUSES.indexOf(voice.status);
  const dates: (string | undefined)[] = [voice.receivedOn, voice.routedOn, voice.answeredOn, voice.closedOn];
  return (
    <ol className="voice-steps" aria-label={t('voices.steps')}>
      {VOICE_STATUSES.map((s, i) => {
        const date = dates[i];
        return (
          <li key={s} className={i < current ? 'done' : undefined} aria-current={i === current ? 'step' : undefined}>
            {t(`voices.status.${s}` as MessageKey)}
            {i <= current && date ? <span className="step-date">{formatWarekiDate(date, lang)}</span> : null}
            {i > current ? <span className="step-date">{t('voices.stepPending')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
