import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap, type Versioned } from '@/lib/api-client';
import { organizationQueryKey, type Organization } from './get-organization';
import type { OrganizationInput } from './update-organization';

/** 地域団体の登録. The key makes a submit repeated after a lost answer register the organization once. */
export function createOrganization({ body, idempotencyKey }: { body: OrganizationInput; idempotencyKey: string }) {
  return unwrap(
    api.POST('/api/v1/organizations', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: (created) => {
      queryClient.setQueryData<Versioned<Organization>>(organizationQueryKey(created.id), {
        data: created,
        etag: etagOf(created.version),
      });
      // The district's tree and list, and the history, now include it.
      void queryClient.invalidateQueries({ queryKey: ['districts'] });
      void queryClient.invalidateQueries({ queryKey: ['history'] });
    },
  });
}
