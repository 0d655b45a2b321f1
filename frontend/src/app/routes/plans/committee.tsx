import { Page } from '@/components/layout/page';
import { CommitteeMeetingsPanel, CommitteeMembersPanel } from '@/features/plans/components/committee';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useI18n } from '@/lib/i18n';

export function CommitteeRoute() {
  const t = useI18n().t;
  const me = useMe();
  const canEdit = hasRole(me.data, OFFICE_ROLES);
  return (
    <Page title={t('committee.title')} breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: t('committee.title') }]}>
      <p className="lead">{t('committee.lead')}</p>
      <CommitteeMembersPanel canEdit={canEdit} />
      <CommitteeMeetingsPanel canEdit={canEdit} />
    </Page>
  );
}
