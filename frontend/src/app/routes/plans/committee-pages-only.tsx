import { Outlet } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { COMMITTEE_PAGE_ROLES } from '@/features/plans/utils/format';
import { useMe } from '@/lib/auth';
import { hasRole } from '@/lib/authorization';
import { useI18n } from '@/lib/i18n';
import { ForbiddenRoute } from '../forbidden';

/** The committee's pages (a layout route): the office, the committee and admins. */
export function CommitteePagesOnly() {
  const { t } = useI18n();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!hasRole(me.data, COMMITTEE_PAGE_ROLES)) return <ForbiddenRoute lead={t('forbidden.leadCommittee')} />;
  return <Outlet />;
}
