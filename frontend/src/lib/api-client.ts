import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/types/api';
import { ApiError, NETWORK_ERROR_STATUS, toApiError } from './api-error';

/**
 * The one HTTP client. The session is an HttpOnly cookie set by POST /api/v1/sessions, so requests
 * only need same-origin credentials; nothing about the session is visible to scripts.
 */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  credentials: 'same-origin',
  // Looked up per call so tests can stub globalThis.fetch after the client exists.
  fetch: (request) => globalThis.fetch(request),
  headers: { Accept: 'application/json, application/problem+json' },
});

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => {};

/** The app decides what a 401 means (forget the user, go to /signin); registered once at start. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): void {
  onUnauthorized = handler;
}

// A 401 from signing in is a wrong password, and from /me just "not signed in yet"; any other 401
// means the session ran out in the middle of work.
const SESSION_PATHS = ['/api/v1/sessions', '/api/v1/me'];

const unauthorized: Middleware = {
  onResponse({ request, response }) {
    if (response.status === 401) {
      const path = new URL(request.url).pathname;
      if (!SESSION_PATHS.includes(path)) onUnauthorized();
    }
    return undefined;
  },
};
api.use(unauthorized);

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem details. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (e) {
    throw new ApiError(NETWORK_ERROR_STATUS, {
      type: 'about:blank',
      title: 'Network error',
      status: NETWORK_ERROR_STATUS,
      detail: e instanceof Error ? e.message : 'Network error',
      instance: '',
    });
  }
  if (result.error !== undefined || !result.response.ok) throw toApiError(result.error, result.response);
  return result.data as T;
}

/** Like unwrap, and keeps the response's headers (ETag, Content-Disposition). */
export async function unwrapWithHeaders<T>(call: Promise<FetchResult<T>>): Promise<{ data: T; headers: Headers }> {
  let headers = new Headers();
  const data = await unwrap(
    call.then((r) => {
      headers = r.response.headers;
      return r;
    }),
  );
  return { data, headers };
}

/** A representation together with the ETag to send back in If-Match when updating it. */
export type Versioned<T> = { data: T; etag: string };

/** The ETag for a representation's version; the server's ETag is `"<version>"`. */
export function etagOf(version: number | string): string {
  return `"${version}"`;
}

/** Like unwrap, and keeps the ETag header (or derives it from `version` when a proxy dropped it). */
export async function unwrapVersioned<T extends { version?: number }>(
  call: Promise<FetchResult<T>>,
): Promise<Versioned<T>> {
  const { data, headers } = await unwrapWithHeaders(call);
  // Without either the update goes without If-Match, and the server answers 428 rather than overwrite.
  return { data, etag: headers.get('ETag') ?? (data.version === undefined ? '' : etagOf(data.version)) };
}

/** A downloaded file and the name the server suggested for it (Content-Disposition). */
export type DownloadedFile = { blob: Blob; filename: string | undefined };

/** `attachment; filename="districts-20261122.csv"` (or RFC 5987 filename*=UTF-8''…) → the name. */
export function filenameOf(contentDisposition: string | null): string | undefined {
  if (!contentDisposition) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // fall through to the plain name
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(contentDisposition)?.[1]?.trim();
}

/** Like unwrap for a call made with parseAs: 'blob', keeping the suggested file name. */
export async function unwrapFile(call: Promise<FetchResult<Blob>>): Promise<DownloadedFile> {
  const { data, headers } = await unwrapWithHeaders(call);
  return { blob: data, filename: filenameOf(headers.get('Content-Disposition')) };
}

/** The largest page the API serves (PageParams.MAX_SIZE). */
export const MAX_PAGE_SIZE = 200;

/**
 * Every item of a short list (reference data, a record's parts) that the API answers in pages: reads page after
 * page of the largest size until the total is reached, and returns the items in order.
 */
export async function allItems<T>(
  fetchPage: (query: { page: number; size: number }) => Promise<FetchResult<{ items: T[]; total: number }>>,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const data = await unwrap(fetchPage({ page, size: MAX_PAGE_SIZE }));
    items.push(...data.items);
    if (data.items.length === 0 || items.length >= data.total) return items;
  }
}
