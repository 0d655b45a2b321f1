import type { Me } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';

/**
 * Whether the user may record new buildings and incorporation cases (in `districtId`, when one is named): the office
 * anywhere, a liaison in the districts assigned to them. The server decides; this only decides what the screens offer.
 */
export function canRecordInDistrict(me: Me | null | undefined, districtId?: number): boolean {
  if (hasRole(me, OFFICE_ROLES)) return true;
  if (me?.role !== 'LIAISON' || me.districtIds.length === 0) return false;
  return districtId === undefined || me.districtIds.includes(districtId);
}

/** Leaflets, welcome packs and agreements are the office's to record. */
export function isOffice(me: Me | null | undefined): boolean {
  return hasRole(me, OFFICE_ROLES);
}
