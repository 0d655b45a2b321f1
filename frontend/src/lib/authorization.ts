import type { Me, Role } from './auth';

/** 地域コミュニティ課 and system administrators: the city-wide office work (取込, 感謝状). */
export const OFFICE_ROLES: readonly Role[] = ['ADMIN', 'OFFICE'];

/**
 * Whether the signed-in user has one of these roles. Only for what the UI offers: the server
 * checks every request itself.
 */
export function hasRole(me: Me | null | undefined, roles: readonly Role[]): boolean {
  return !!me?.role && roles.includes(me.role);
}
