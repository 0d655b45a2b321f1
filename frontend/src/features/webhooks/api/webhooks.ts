import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, etagOf, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Webhook = components['schemas']['Webhook'];
export type WebhookInput = components['schemas']['WebhookInput'];
export type WebhookWithSecret = components['schemas']['WebhookWithSecret'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type ChangeType = components['schemas']['ChangeType'];

/*
 * Webhook の購読 (ADMIN only). One file for the feature's calls: list, read, save, pause/resume (a save with
 * `active`), rotate the secret, the delivery log, replay.
 */

export const webhookKeys = {
  all: ['webhooks'] as const,
  list: (page: number) => ['webhooks', 'list', page] as const,
  deliveries: (id: number, page: number) => ['webhooks', id, 'deliveries', page] as const,
};

export const PAGE_SIZE = 20;

function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': etagOf(version) };
}

export function useWebhooks(page: number) {
  return useQuery({
    queryKey: webhookKeys.list(page),
    queryFn: () => unwrap(api.GET('/api/v1/webhooks', { params: { query: { page, size: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

export function useWebhookDeliveries(id: number, page: number) {
  return useQuery({
    queryKey: webhookKeys.deliveries(id, page),
    queryFn: () =>
      unwrap(api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id }, query: { page, size: PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

/** Creates (Idempotency-Key; answers the secret once) or updates (If-Match). */
export function useSaveWebhook(webhook: Webhook | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: WebhookInput; idempotencyKey: string }) =>
      webhook === undefined
        ? unwrap(api.POST('/api/v1/webhooks', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }))
        : {
            webhook: await unwrap(
              api.PUT('/api/v1/webhooks/{id}', { params: { path: { id: webhook.id }, header: ifMatch(webhook.version) }, body }),
            ),
          },
    onSettled: () => client.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

export function inputOf(w: Webhook, active: boolean): WebhookInput {
  return { url: w.url, eventTypes: w.eventTypes, active, ...(w.description ? { description: w.description } : {}) };
}

export function useSetActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ webhook, active }: { webhook: Webhook; active: boolean }) =>
      unwrap(
        api.PUT('/api/v1/webhooks/{id}', {
          params: { path: { id: webhook.id }, header: ifMatch(webhook.version) },
          body: inputOf(webhook, active),
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

export function useRotateSecret() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (webhook: Webhook) =>
      unwrap(api.POST('/api/v1/webhooks/{id}/secret', { params: { path: { id: webhook.id }, header: ifMatch(webhook.version) } })),
    onSettled: () => client.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}

export function useReplayDelivery(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: number) =>
      unwrap(api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay', { params: { path: { id, deliveryId } } })),
    onSettled: () => client.invalidateQueries({ queryKey: webhookKeys.all }),
  });
}
