import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem } from '@/testing/test-utils';
import { api, setUnauthorizedHandler, unwrap, unwrapVersioned } from './api-client';
import { ApiError } from './api-error';

afterEach(() => setUnauthorizedHandler(() => {}));

describe('api client', () => {
  it('reports a 401 in the middle of work, but not from signing in or asking who is signed in', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    mockApi({
      'GET /api/v1/wards': () => problem(401),
      'GET /api/v1/me': () => problem(401),
      'POST /api/v1/sessions': () => problem(401),
    });
    await expect(unwrap(api.GET('/api/v1/me'))).rejects.toBeInstanceOf(ApiError);
    await expect(unwrap(api.POST('/api/v1/sessions', { body: { username: 'a', password: 'b' } }))).rejects.toThrow();
    expect(handler).not.toHaveBeenCalled();
    await expect(unwrap(api.GET('/api/v1/wards'))).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('keeps the ETag header of a representation', async () => {
    mockApi({
      'GET /api/v1/organizations/3': () => json({ id: 3, version: 2 }, { headers: { ETag: '"2"' } }),
    });
    const result = await unwrapVersioned(api.GET('/api/v1/organizations/{id}', { params: { path: { id: 3 } } }));
    expect(result.etag).toBe('"2"');
  });

  it('turns a failed connection into a network problem', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(unwrap(api.GET('/api/v1/wards'))).rejects.toMatchObject({ status: 0 });
  });
});
