import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrapVersioned, type Versioned } from '@/lib/api-client';
import type { components } from '@/types/api';

export type MySettings = components['schemas']['MySettings'];
export type MySettingsInput = components['schemas']['MySettingsInput'];

export const mySettingsQueryKey = ['me', 'settings'] as const;

/** 個人設定: the caller's own e-mail address for the digest, their choice, and whether the server sends digests. */
export const mySettingsQueryOptions = () =>
  queryOptions({
    queryKey: mySettingsQueryKey,
    queryFn: () => unwrapVersioned(api.GET('/api/v1/me/settings')),
  });

export function useMySettings() {
  return useQuery(mySettingsQueryOptions());
}

/** Replaces the settings (If-Match: the ETag they were loaded with); the saved ones replace the cached. */
export function useSaveMySettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: MySettingsInput; etag: string | undefined }) =>
      unwrapVersioned(
        api.PUT('/api/v1/me/settings', { params: { header: etag ? { 'If-Match': etag } : {} }, body }),
      ),
    onSuccess: (saved: Versioned<MySettings>) => client.setQueryData(mySettingsQueryKey, saved),
  });
}
