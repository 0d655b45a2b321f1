import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, allItems } from '@/lib/api-client';
import { pickLabel, useI18n } from '@/lib/i18n';
import type { components } from '@/types/api';

export type OrganizationKind = components['schemas']['OrganizationKind'];

export const getOrganizationKinds = () => allItems((query) => api.GET('/api/v1/organization-kinds', { params: { query } }));

export const organizationKindsQueryOptions = () =>
  queryOptions({ queryKey: ['organization-kinds'], queryFn: getOrganizationKinds, staleTime: Infinity });

export function useOrganizationKinds() {
  return useQuery(organizationKindsQueryOptions());
}

/** Kind labels are data (a city may rename them), in both languages; falls back to the code. */
export function useKindLabel(): (kindCode: string | undefined, subKindCode?: string) => string {
  const { lang } = useI18n();
  const kinds = useOrganizationKinds();
  return useCallback(
    (kindCode: string | undefined, subKindCode?: string) => {
      const kind = kinds.data?.find((k) => k.code === kindCode);
      const sub = subKindCode ? kind?.subKinds.find((s) => s.code === subKindCode) : undefined;
      if (sub) return pickLabel(lang, sub);
      return kind ? pickLabel(lang, kind) : (kindCode ?? '');
    },
    [kinds.data, lang],
  );
}
