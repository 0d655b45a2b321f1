import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http, problemBody, server } from '@/testing/msw';
import { api, setUnauthorizedHandler, unwrap, unwrapVersioned } from './api-client';
import { ApiError } from './api-error';
import { organization } from '@/testing/fixtures';

afterEach(() => setUnauthorizedHandler(() => {}));

describe('api client', () => {
  it('reports a 401 in the middle of work, but not from signing in or asking who is signed in', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    server.use(
      // The contract lists no 401 for the wards (the session is checked before any operation): untyped on purpose.
      http.untyped.get('http://localhost:3000/api/v1/wards', () => HttpResponse.json(problemBody(401), { status: 401 })),
      http.get('/api/v1/me', ({ response }) => response(401).json(problemBody(401))),
      http.post('/api/v1/sessions', ({ response }) => response(401).json(problemBody(401))),
    );
    await expect(unwrap(api.GET('/api/v1/me'))).rejects.toBeInstanceOf(ApiError);
    await expect(unwrap(api.POST('/api/v1/sessions', { body: { username: 'a', password: 'b' } }))).rejects.toThrow();
    expect(handler).not.toHaveBeenCalled();
    await expect(unwrap(api.GET('/api/v1/wards'))).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('keeps the ETag header of a representation', async () => {
    server.use(
      http.get('/api/v1/organizations/{id}', ({ response }) =>
        response(200).json(organization({ id: 3, version: 2 }), { headers: { ETag: '"2"' } }),
      ),
    );
    const result = await unwrapVersioned(api.GET('/api/v1/organizations/{id}', { params: { path: { id: 3 } } }));
    expect(result.etag).toBe('"2"');
  });

  it('turns a failed connection into a network problem', async () => {
    server.use(http.get('/api/v1/wards', () => HttpResponse.error()));
    await expect(unwrap(api.GET('/api/v1/wards'))).rejects.toMatchObject({ status: 0 });
  });
});
