import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';
import { meQueryKey } from '@/lib/auth';

export type SignInInput = components['schemas']['SignInRequest'];

export function signIn(input: SignInInput) {
  return unwrap(api.POST('/api/v1/sessions', { body: input }));
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      // Whatever was cached belonged to the previous session, if any.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, session.user);
    },
  });
}
