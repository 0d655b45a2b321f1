import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allItems, api, etagOf, unwrap, unwrapVersioned } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type VolunteerPost = components['schemas']['VolunteerPost'];
export type VolunteerPostInput = components['schemas']['VolunteerPostInput'];
export type VolunteerPostStatus = components['schemas']['VolunteerPostStatus'];
export type VolunteerInquiry = components['schemas']['VolunteerInquiry'];
export type VolunteerInquiryInput = components['schemas']['VolunteerInquiryInput'];
export type VolunteerInquiryReceipt = components['schemas']['VolunteerInquiryReceipt'];
export type PublicVolunteerPost = components['schemas']['PublicVolunteerPost'];
export type VolunteerPostListParams = NonNullable<operations['listVolunteerPosts']['parameters']['query']>;
export type PublicVolunteerPostListParams = NonNullable<operations['listPublicVolunteerPosts']['parameters']['query']>;

export const POST_STATUSES: readonly VolunteerPostStatus[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'CLOSED'];
export const POST_PAGE_SIZE = 20;
export const PUBLIC_PAGE_SIZE = 20;

/** The kinds of organization that post (a district's council and its associations), in the order they are offered. */
export const POSTING_KINDS = ['DISTRICT_COUNCIL', 'NEIGHBORHOOD_ASSOCIATION'] as const;

const keys = {
  all: ['volunteer-posts'] as const,
  list: (params: VolunteerPostListParams) => ['volunteer-posts', 'list', params] as const,
  detail: (id: number) => ['volunteer-posts', 'post', id] as const,
  inquiries: (id: number) => ['volunteer-posts', 'inquiries', id] as const,
  organizations: (districtId: number) => ['volunteer-posts', 'organizations', districtId] as const,
  publicAll: ['public-volunteer-posts'] as const,
  publicList: (params: PublicVolunteerPostListParams) => ['public-volunteer-posts', 'list', params] as const,
  publicDetail: (id: number) => ['public-volunteer-posts', 'post', id] as const,
};

// ---- staff ---------------------------------------------------------------------------------------

export function useVolunteerPosts(params: VolunteerPostListParams) {
  return useQuery({
    queryKey: keys.list(params),
    queryFn: () => unwrap(api.GET('/api/v1/volunteer-posts', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useVolunteerPost(id: number) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => unwrapVersioned(api.GET('/api/v1/volunteer-posts/{id}', { params: { path: { id } } })),
  });
}

/** The organizations of a district that may post (its council and associations), kana order. */
export function usePostingOrganizations(districtId: number | undefined) {
  return useQuery({
    queryKey: keys.organizations(districtId ?? 0),
    queryFn: () =>
      allItems((query) => api.GET('/api/v1/organizations', { params: { query: { ...query, districtId, sort: 'kana' } } })),
    enabled: districtId !== undefined,
    staleTime: 60_000,
  });
}

const invalidatePosts = (client: ReturnType<typeof useQueryClient>, id?: number) =>
  Promise.all([
    client.invalidateQueries({ queryKey: keys.all }),
    client.invalidateQueries({ queryKey: keys.publicAll }),
    client.invalidateQueries({ queryKey: id === undefined ? ['history'] : ['history', 'volunteerPost', id] }),
    // the worklists count returned posts, posts waiting for approval and inquiries not passed on
    client.invalidateQueries({ queryKey: ['workspace'] }),
  ]);

/** Writes a post (Idempotency-Key) or replaces its fields (If-Match). */
export function useSaveVolunteerPost(id: number | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag, idempotencyKey }: { body: VolunteerPostInput; etag?: string; idempotencyKey?: string }) =>
      id === undefined
        ? unwrap(api.POST('/api/v1/volunteer-posts', { params: { header: { 'Idempotency-Key': idempotencyKey ?? '' } }, body }))
        : unwrap(api.PUT('/api/v1/volunteer-posts/{id}', { params: { path: { id }, header: { 'If-Match': etag ?? '' } }, body })),
    // Not after a failure: a 412 leaves the form as typed with its warning, and 最新の内容を読み込む reloads it
    // (refreshing here would remount the form, keyed by the ETag, and drop what was typed).
    onSuccess: () => invalidatePosts(client, id),
  });
}

export function useDeleteVolunteerPost(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrap(api.DELETE('/api/v1/volunteer-posts/{id}', { params: { path: { id }, header: { 'If-Match': etag } } })),
    // The lists, not the post itself (gone: its page is left for the list).
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.all, predicate: (q) => !(q.queryKey[1] === 'post' && q.queryKey[2] === id) }),
        client.invalidateQueries({ queryKey: ['workspace'] }),
      ]),
    // Refused (412: changed meanwhile; 409): the post as it now stands, so that a second try sends its ETag.
    onError: () => client.invalidateQueries({ queryKey: keys.detail(id) }),
  });
}

/** 承認を申請, 承認, 差戻し (with the office's note), 募集を終了: the post's ETag as If-Match. */
export function useChangePostStatus(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ status, note, etag }: { status: VolunteerPostStatus; note?: string; etag: string }) =>
      unwrap(
        api.PUT('/api/v1/volunteer-posts/{id}/status', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body: note ? { status, note } : { status },
        }),
      ),
    // After a 412 too: the page shows where the post now stands.
    onSettled: () => invalidatePosts(client, id),
  });
}

export function useVolunteerInquiries(postId: number, enabled = true) {
  return useQuery({
    queryKey: keys.inquiries(postId),
    // one page holds a post's inquiries (a post gets a handful, not hundreds)
    queryFn: () =>
      unwrap(api.GET('/api/v1/volunteer-posts/{id}/inquiries', { params: { path: { id: postId }, query: { size: 200 } } })).then(
        (page) => page.items,
      ),
    enabled,
  });
}

/** 伝達済みにする: the inquiry's version as If-Match. */
export function useMarkRelayed(postId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (inquiry: Pick<VolunteerInquiry, 'id' | 'version'>) =>
      unwrap(
        api.POST('/api/v1/volunteer-inquiries/{id}/relayed', {
          params: { path: { id: inquiry.id }, header: { 'If-Match': etagOf(inquiry.version) } },
        }),
      ),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.inquiries(postId) }),
        client.invalidateQueries({ queryKey: keys.detail(postId) }),
        client.invalidateQueries({ queryKey: ['volunteer-posts', 'list'] }),
        client.invalidateQueries({ queryKey: ['history', 'volunteerPost', postId] }),
        client.invalidateQueries({ queryKey: ['workspace'] }),
      ]),
  });
}

// ---- public (no sign-in) ---------------------------------------------------------------------------

export function usePublicVolunteerPosts(params: PublicVolunteerPostListParams) {
  return useQuery({
    queryKey: keys.publicList(params),
    queryFn: () => unwrap(api.GET('/api/v1/public/volunteer-posts', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function usePublicVolunteerPost(id: number) {
  return useQuery({
    queryKey: keys.publicDetail(id),
    queryFn: () => unwrap(api.GET('/api/v1/public/volunteer-posts/{id}', { params: { path: { id } } })),
  });
}

/** A plain link downloads it (the server names the file). */
export const PUBLIC_CSV_URL = '/api/v1/public/volunteer-posts/csv';

export function useSendInquiry(postId: number) {
  return useMutation({
    mutationFn: (body: VolunteerInquiryInput) =>
      unwrap(api.POST('/api/v1/public/volunteer-posts/{id}/inquiries', { params: { path: { id: postId } }, body })),
  });
}
