import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap, type Versioned } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { components } from '@/types/api';
import { organizationQueryKey, type Organization } from './get-organization';

export type OrganizationInput = components['schemas']['OrganizationInput'];

/** PUT replaces every field, so the body is the whole record as the form shows it. */
export function updateOrganization({ id, etag, body }: { id: number; etag: string; body: OrganizationInput }) {
  return unwrap(
    api.PUT('/api/v1/organizations/{id}', {
      params: { path: { id }, header: etag ? { 'If-Match': etag } : {} },
      body,
    }),
  );
}

export function useUpdateOrganization(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { etag: string; body: OrganizationInput }) => updateOrganization({ id, ...input }),
    onSuccess: (saved) => {
      queryClient.setQueryData<Versioned<Organization>>(organizationQueryKey(id), {
        data: saved,
        etag: etagOf(saved.version),
      });
      void queryClient.invalidateQueries({ queryKey: ['history'] });
      void queryClient.invalidateQueries({ queryKey: ['districts'] });
    },
    onError: (error) => {
      // 412 carries the current representation: keep it ready for "load the current data".
      if (error instanceof ApiError && error.isStale) {
        const current = error.current as Organization | undefined;
        if (current && typeof current.version === 'number') {
          queryClient.setQueryData<Versioned<Organization>>(organizationQueryKey(id), {
            data: current,
            etag: etagOf(current.version),
          });
        }
      }
    },
  });
}
