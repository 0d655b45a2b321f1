import { setupServer } from 'msw/node';
import { createOpenApiHttp } from 'openapi-msw';
import type { Problem } from '@/lib/api-error';
import type { paths } from '@/types/api';

/**
 * Request handlers typed from the contract (src/types/api.d.ts): a handler's path must be one of the API's, its
 * params and request body have the API's types, and `response(status).json(body)` accepts only a status, content
 * type and body the API defines for that operation.
 */
export const http = createOpenApiHttp<paths>({ baseUrl: 'http://localhost:3000' });

/** The one mock server: started in setup.ts, handlers reset after each test; an unhandled request fails the test. */
export const server = setupServer();

const recorded: Request[] = [];
server.events.on('request:start', ({ request }) => {
  recorded.push(request.clone());
});

/** Every request the app sent in this test, in order (clones: their bodies can still be read). */
export function requests(): Request[] {
  return recorded;
}

/** The requests sent to `method path` (path without the query). */
export function requestsTo(method: string, path: string): Request[] {
  return recorded.filter((r) => r.method === method && new URL(r.url).pathname === path);
}

export function resetRecordedRequests(): void {
  recorded.length = 0;
}

/**
 * An RFC 9457 problem body as the API sends it (for `response(status).json(...)`); `detail` defaults to the
 * title, `instance` to a request path.
 */
export function problemBody(status: number, extra: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', title: 'Problem', status, detail: extra.title ?? 'Problem', instance: '/api/v1', ...extra };
}
