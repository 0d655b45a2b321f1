import { unwrapWithHeaders, type Versioned } from '@/lib/api-client';

/*
 * What the calls of 計画・進捗・推進委員会・評価・公表 share. Every call goes through the one typed client (`api`:
 * same origin, session cookie, Accept header, 401 handling; paths and bodies typed from openapi.yaml); answers go
 * through the same unwrap (problem+json → ApiError).
 */
type Params = {
  query?: Record<string, string | number | boolean | undefined>;
};

export const MAX_PAGE_SIZE = 200;

/** '' and undefined stay off the query string. */
export function query(params: Record<string, string | number | boolean | undefined>): Params['query'] {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''));
}

/**
 * The sheet has no version of its own (its rows carry theirs); an ETag the server sends with it is kept and
 * returned in If-Match, and none is made up.
 */
export async function unwrapWithEtag<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Versioned<T>> {
  const { data, headers } = await unwrapWithHeaders(call);
  return { data, etag: headers.get('ETag') ?? '' };
}

/** If-Match when there is a version to send; without it the server answers 428 rather than overwrite. */
export function ifMatch(etag: string | undefined): Record<string, string> {
  return etag ? { 'If-Match': etag } : {};
}
