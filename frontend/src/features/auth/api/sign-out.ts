import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

export function signOut() {
  return unwrap(api.DELETE('/api/v1/sessions/current'));
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    // Even when the server could not be told, this browser forgets everything it showed.
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
