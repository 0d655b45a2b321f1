import { useState } from 'react';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Fact } from '@/components/ui/facts';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import type { Voice } from '../api/voices';
import { StatusBadge } from './status-badge';
import { AnswerForm, CloseForm, RouteForm } from './voice-step-forms';
import { VoiceSteps } from './voice-steps';
import './voices.css';

type Open = 'route' | 'answer' | 'close' | undefined;

/** One voice: where it stands (the steps), what was raised, the answer, and the one step the caller may take now. */
export function VoiceDetails({ voice, etag }: { voice: Voice; etag: string }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<Open>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const date = (d: string | undefined) => (d ? formatWarekiDate(d, lang) : '—');
  const finish = (message: string) => {
    setOpen(undefined);
    setDone(message);
  };
  const p = voice.permissions;
  return (
    <>
      <VoiceSteps voice={voice} />
      {done ? <Alert tone="success">{done}</Alert> : null}
      {open === undefined ? (
        <div className="voice-actions">
          {p.canRoute ? (
            <Button onClick={() => { setDone(undefined); setOpen('route'); }}>
              {voice.sectionId ? t('voices.reroute') : t('voices.route')}
            </Button>
          ) : null}
          {p.canAnswer ? <Button onClick={() => { setDone(undefined); setOpen('answer'); }}>{t('voices.answerTitle')}</Button> : null}
          {p.canClose ? <Button onClick={() => { setDone(undefined); setOpen('close'); }}>{t('voices.closeTitle')}</Button> : null}
        </div>
      ) : null}
      {open === 'route' ? (
        <RouteForm voice={voice} etag={etag} onDone={() => finish(t('voices.routed'))} onCancel={() => setOpen(undefined)} />
      ) : null}
      {open === 'answer' ? (
        <AnswerForm voice={voice} etag={etag} onDone={() => finish(t('voices.answered'))} onCancel={() => setOpen(undefined)} />
      ) : null}
      {open === 'close' ? (
        <CloseForm voice={voice} etag={etag} onDone={() => finish(t('voices.closed'))} onCancel={() => setOpen(undefined)} />
      ) : null}
      <Section id="voice-raised" title={t('voices.raised')}>
        <dl className="facts">
          <Fact label={t('voices.status')}>
            <StatusBadge voice={voice} />
          </Fact>
          <Fact label={t('voices.kind')}>{t(`voices.kind.${voice.kind}` as MessageKey)}</Fact>
          <Fact label={t('voices.district')}>{voice.districtName}</Fact>
          <Fact label={t('voices.organization')}>{voice.organizationName ?? '—'}</Fact>
          <Fact label={t('voices.receivedOn')}>{date(voice.receivedOn)}</Fact>
          <Fact label={t('voices.receivedBy')}>{voice.receivedByName}</Fact>
          <Fact label={t('voices.dueOn')}>{date(voice.dueOn)}</Fact>
          <Fact label={t('voices.section')}>{voice.sectionName ?? t('voices.notRouted')}</Fact>
          <Fact label={t('voices.body')} wide>
            <span className="voice-body">{voice.body}</span>
          </Fact>
        </dl>
      </Section>
      <Section id="voice-answer" title={t('voices.answer')}>
        {voice.answer ? (
          <dl className="facts">
            <Fact label={t('voices.answer')} wide>
              <span className="voice-answer">{voice.answer}</span>
            </Fact>
            <Fact label={t('voices.answeredBy')}>{voice.answeredByName ?? '—'}</Fact>
            <Fact label={t('voices.answeredOn')}>{date(voice.answeredOn)}</Fact>
            <Fact label={t('voices.daysToAnswer')}>{t('voices.days', { n: voice.daysToAnswer ?? 0 })}</Fact>
            <Fact label={t('voices.closedOn')}>{date(voice.closedOn)}</Fact>
            {voice.closingNote ? (
              <Fact label={t('voices.closingNote')} wide>
                {voice.closingNote}
              </Fact>
            ) : null}
          </dl>
        ) : (
          <p>{t('voices.noAnswerYet')}</p>
        )}
      </Section>
    </>
  );
}
