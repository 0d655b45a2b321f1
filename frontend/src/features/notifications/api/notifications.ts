import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Notification = components['schemas']['Notification'];

const keys = { all: ['notifications'] as const };

/** The bell's number, refreshed every minute while the app is open. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...keys.all, 'unread'],
    queryFn: () => unwrap(api.GET('/api/v1/me/notifications/unread-count')),
    refetchInterval: 60_000,
  });
}

export function useNotifications(page: number) {
  return useQuery({
    queryKey: [...keys.all, 'list', page],
    queryFn: () =>
      unwrap(api.GET('/api/v1/me/notifications', { params: { query: { unreadFirst: true, page, size: 20 } } })),
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/notifications/read-all')),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}
