import { Link, useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Section } from '@/components/layout/section';
import { usePublicVolunteerPost } from '@/features/volunteers/api/volunteers';
import { InquiryForm } from '@/features/volunteers/components/inquiry-form';
import { PublicPostFacts } from '@/features/volunteers/components/public-post-details';
import { PublicPostList } from '@/features/volunteers/components/public-post-list';
import { useT } from '@/lib/i18n';
import { parseId } from '@/utils/id';
import { Loaded } from '../shared';
import { PublicNotFoundRoute } from './not-found';
import '@/features/volunteers/i18n';

/*
 * ボランティア募集 for anyone, without signing in: the open calls of the districts' councils and associations, a call's
 * page, and its inquiry form — the council's contact is never shown; the city passes the message on.
 */

const LIST = '/public/volunteers';
const postPath = (id: number) => `${LIST}/${id}`;

/** /public/volunteers: the open calls, by closing day. */
export function PublicVolunteersRoute() {
  const t = useT();
  const title = t('volunteer.public.title');
  return (
    <Page title={title} breadcrumbs={[{ label: t('public.listTitle'), to: '/public' }, { label: title }]}>
      <p className="lead">{t('volunteer.public.lead')}</p>
      <PublicPostList href={postPath} />
    </Page>
  );
}

/** /public/volunteers/:id: one open call and its inquiry form; a call no longer open is not found. */
export function PublicVolunteerRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <PublicNotFoundRoute />;
  return <PublicVolunteerPage key={id} id={id} />;
}

function PublicVolunteerPage({ id }: { id: number }) {
  const t = useT();
  const post = usePublicVolunteerPost(id);
  const closed = (
    <Page
      title={t('volunteer.public.notFoundTitle')}
      breadcrumbs={[
        { label: t('public.listTitle'), to: '/public' },
        { label: t('volunteer.public.title'), to: LIST },
        { label: t('volunteer.public.notFoundTitle') },
      ]}
    >
      <p>{t('volunteer.public.notFound')}</p>
      <p>
        <Link to={LIST}>{t('volunteer.public.backToList')}</Link>
      </p>
    </Page>
  );
  return (
    <Loaded query={post} notFound={closed}>
      {(p) => (
        <Page
          title={p.title}
          breadcrumbs={[
            { label: t('public.listTitle'), to: '/public' },
            { label: t('volunteer.public.title'), to: LIST },
            { label: p.title },
          ]}
        >
          <PublicPostFacts post={p} />
          <Section id="volunteer-inquiry" title={t('volunteer.public.inquiryTitle')} className="volunteer-section">
            <p>{t('volunteer.public.inquiryLead')}</p>
            <InquiryForm postId={p.id} />
          </Section>
          <p className="volunteer-section">
            <Link to={LIST}>{t('volunteer.public.backToList')}</Link>
          </p>
        </Page>
      )}
    </Loaded>
  );
}
