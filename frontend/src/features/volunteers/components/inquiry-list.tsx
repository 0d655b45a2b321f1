import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Fact } from '@/components/ui/facts';
import { QueryState } from '@/components/ui/query-state';
import { problemMessage } from '@/lib/api-error';
import { focusAfterSave } from '@/lib/forms';
import { useI18n, type TFunction } from '@/lib/i18n';
import { formatDateTime, type Lang } from '@/utils/fiscal-year';
import { useMarkRelayed, useVolunteerInquiries, type VolunteerInquiry, type VolunteerPost } from '../api/volunteers';
import './volunteers.css';
import '../i18n';

/** 伝達状況 in words: forwarded by e-mail or passed on by staff, when (and by whom), or not yet. */
export function relayText(i: Pick<VolunteerInquiry, 'relayedAt' | 'relayChannel' | 'relayedBy'>, t: TFunction, lang: Lang): string {
  if (!i.relayedAt) return t('volunteer.relay.none');
  const how = i.relayChannel === 'MAIL' ? t('volunteer.relay.MAIL') : t('volunteer.relay.HAND');
  const when = formatDateTime(i.relayedAt, lang);
  return `${how} ${i.relayedBy ? t('volunteer.relay.when', { date: when, name: i.relayedBy }) : when}`;
}

/**
 * 問い合わせ of a post, newest first, for the office and the district's liaisons: when it came, who sent it and how to
 * reach them (personal data), the message, and whether it reached the council — by kyodo's e-mail to the council's
 * address, or by a member of staff, who marks it 伝達済み here once they passed it on by phone or in person.
 */
export function InquiryList({ post }: { post: VolunteerPost }) {
  const { t } = useI18n();
  const inquiries = useVolunteerInquiries(post.id);
  return (
    <>
      <p className="field-hint">{t('volunteer.inquiries.privacy')}</p>
      <QueryState query={inquiries} isEmpty={(list) => list.length === 0} empty={t('volunteer.inquiries.none')}>
        {(list) => (
          <>
            {list.some((i) => !i.relayedAt) ? <p>{t('volunteer.relay.hint')}</p> : null}
            <ul className="volunteer-inquiries" data-testid="volunteer-inquiries">
              {list.map((i) => (
                <InquiryItem key={i.id} postId={post.id} inquiry={i} />
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </>
  );
}

function InquiryItem({ postId, inquiry: i }: { postId: number; inquiry: VolunteerInquiry }) {
  const { t, lang } = useI18n();
  const mark = useMarkRelayed(postId);
  const [marked, setMarked] = useState(false);
  const headingId = `volunteer-inquiry-${i.id}`;
  const received = formatDateTime(i.receivedAt, lang);
  return (
    <li className={i.relayedAt ? 'volunteer-inquiry' : 'volunteer-inquiry is-unrelayed'}>
      <h3 id={headingId}>{t('volunteer.inquiries.heading', { date: received, name: i.personName })}</h3>
      <dl className="facts">
        <Fact label={t('volunteer.inquiries.receiptNo')}>{i.id}</Fact>
        <Fact label={t('volunteer.inquiries.receivedAt')}>{received}</Fact>
        <Fact label={t('volunteer.inquiries.name')}>{i.personName}</Fact>
        <Fact label={t('volunteer.inquiries.email')}>
          <a href={`mailto:${i.email}`}>{i.email}</a>
        </Fact>
        <Fact label={t('volunteer.inquiries.phone')}>{i.phone ? <a href={`tel:${i.phone.replace(/[^0-9+]/g, '')}`}>{i.phone}</a> : '—'}</Fact>
        <Fact label={t('volunteer.inquiries.relay')} data-testid="volunteer-relay">
          {i.relayedAt ? (
            <span className="volunteer-relayed">{relayText(i, t, lang)}</span>
          ) : (
            <strong className="volunteer-unrelayed">{t('volunteer.relay.none')}</strong>
          )}
        </Fact>
        <Fact label={t('volunteer.inquiries.message')} wide>
          <span className="volunteer-message">{i.message}</span>
        </Fact>
      </dl>
      <div id={`${headingId}-done`}>{marked && i.relayedAt ? <Alert tone="success">{t('volunteer.relay.done')}</Alert> : null}</div>
      {mark.isError ? <Alert tone="error">{problemMessage(mark.error, t)}</Alert> : null}
      {!i.relayedAt ? (
        <Button
          variant="secondary"
          disabled={mark.isPending}
          onClick={() =>
            mark.mutate(i, {
              onSuccess: () => {
                setMarked(true);
                focusAfterSave(() => document.querySelector<HTMLElement>(`#${headingId}-done .alert`));
              },
            })
          }
        >
          {t('volunteer.relay.mark')}
          <span className="visually-hidden">{t('volunteer.relay.markFor', { name: i.personName })}</span>
        </Button>
      ) : null}
    </li>
  );
}
