import { Section } from '@/components/layout/section';
import { QueryState } from '@/components/ui/query-state';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatDateTime } from '@/utils/fiscal-year';
import { useTimeline } from '../api/initiatives';
import { periodLabel, statusLabel } from '../utils/format';
import './plans.css';
import './initiative-details.css';

export function Timeline({ initiativeId }: { initiativeId: number }) {
  const { t, lang } = useI18n();
  const timeline = useTimeline(initiativeId);
  return (
    <Section id="ini-timeline" title={t('initiative.timeline')}>
      <QueryState query={timeline} isEmpty={(list) => list.length === 0} empty={t('initiative.noTimeline')}>
        {(list) => (
          <ol className="timeline">
            {list.map((e, n) => (
              <li key={n} className="timeline-entry">
                <p className="history-head">
                  {e.at ? <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time> : null}
                  <span className="tag">{t(`timeline.${e.kind}` as MessageKey)}</span>
                  {e.fiscalYear !== undefined ? <span>{periodLabel(t, lang, e.fiscalYear, e.half)}</span> : null}
                  {e.actor ? <span className="history-actor">{e.actor}</span> : null}
                </p>
                {e.status ? (
                  <p>
                    {e.previousStatus ? (
                      <>
                        <del>{statusLabel(t, e.previousStatus)}</del> → <ins>{statusLabel(t, e.status)}</ins>
                      </>
                    ) : (
                      statusLabel(t, e.status)
                    )}
                  </p>
                ) : null}
                {e.text ? <p className="pre-line">{e.text}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </Section>
  );
}
