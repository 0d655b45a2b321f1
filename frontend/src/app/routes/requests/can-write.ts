import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';

/** Who may write requests: the office, admins and a department user with a section. */
export function useCanWrite(): boolean {
  const me = useMe();
  return hasRole(me.data, OFFICE_ROLES) || (me.data?.role === 'DEPARTMENT' && me.data.sectionId !== undefined);
}
