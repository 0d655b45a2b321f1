import { CommitteeMeetingsPanel, CommitteeMembersPanel } from '@/features/plans/components/committee';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { useI18n } from '@/lib/i18n';
import { MenuPage } from '../shared';

export function CommitteeRoute() {
  const t = useI18n().t;
  const me = useMe();
  const canEdit = hasRole(me.data, OFFICE_ROLES);
  return (
    <MenuPage title={t('committee.title')}>
      <p className="lead">{t('committee.lead')}</p>
      <CommitteeMembersPanel canEdit={canEdit} />
      <CommitteeMeetingsPanel canEdit={canEdit} />
    </MenuPage>
  );
}
