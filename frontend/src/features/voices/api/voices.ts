import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapVersioned } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type Voice = components['schemas']['Voice'];
export type VoiceInput = components['schemas']['VoiceInput'];
export type VoiceStatus = Voice['status'];
export type VoiceKind = Voice['kind'];
export type ResponseTimes = components['schemas']['VoiceResponseTimes'];
export type ResponseTimeRow = components['schemas']['VoiceResponseTimeRow'];
export type VoiceListParams = NonNullable<operations['listVoices']['parameters']['query']>;

export const VOICE_STATUSES: readonly VoiceStatus[] = ['RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'];
export const VOICE_KINDS: readonly VoiceKind[] = ['REQUEST', 'PROPOSAL', 'COMPLAINT'];
export const VOICE_PAGE_SIZE = 20;

const keys = {
  all: ['voices'] as const,
  list: (params: VoiceListParams) => ['voices', 'list', params] as const,
  detail: (id: number) => ['voices', 'detail', id] as const,
  figures: (fiscalYear: number | undefined) => ['voices', 'response-times', fiscalYear ?? 0] as const,
};

export function useVoices(params: VoiceListParams) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/voices', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useVoice(id: number) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/voices/{id}', { params: { path: { id } } })),
  });
}

export function useResponseTimes(fiscalYear: number | undefined) {
  return useQuery({
    queryKey: keys.figures(fiscalYear),
    queryFn: () =>
      unwrap(api.GET('/api/v1/voice-response-times', { params: { query: fiscalYear ? { fiscalYear } : {} } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateVoice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: VoiceInput; idempotencyKey: string }) =>
      unwrap(api.POST('/api/v1/voices', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSettled: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

type Step =
  | { step: 'routing'; body: components['schemas']['VoiceRouting'] }
  | { step: 'answer'; body: components['schemas']['VoiceAnswerInput'] }
  | { step: 'closing'; body: components['schemas']['VoiceClosingInput'] };

/** One status step (route, answer, close) of a voice, with the ETag it was read with as If-Match. */
export function useVoiceStep(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, ...s }: Step & { etag: string }) => {
      const params = { path: { id }, header: { 'If-Match': etag } };
      switch (s.step) {
        case 'routing':
          return unwrap(api.PUT('/api/v1/voices/{id}/routing', { params, body: s.body }));
        case 'answer':
          return unwrap(api.PUT('/api/v1/voices/{id}/answer', { params, body: s.body }));
        case 'closing':
          return unwrap(api.PUT('/api/v1/voices/{id}/closing', { params, body: s.body }));
      }
    },
    // Also after a 412: the page then shows the current voice to start again from.
    onSettled: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}
