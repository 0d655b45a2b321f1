import { describe, expect, it } from 'vitest';
import { translate, type TFunction } from '@/lib/i18n';
import { ApiError, fieldErrorsOf, problemMessage, toApiError } from './api-error';

const t: TFunction = (key, params) => translate('en', key, params);

function response(status: number): Response {
  return new Response(null, { status });
}

describe('problem details', () => {
  it('turns validation errors into field errors by their path in the body', () => {
    const err = toApiError(
      {
        type: 'https://kyodo.example.jp/problems/validation',
        title: 'Invalid request',
        status: 400,
        errors: [
          { field: 'memberHouseholds', message: 'must be less than or equal to households', code: 'Max' },
          { field: 'put.body.source', message: 'too long', code: 'Size' },
          { field: 'contact.name', message: 'too long', code: 'Size' },
        ],
      },
      response(400),
    );
    expect(fieldErrorsOf(err)).toMatchObject({
      memberHouseholds: 'must be less than or equal to households',
      source: 'too long',
      'put.body.source': 'too long',
      'contact.name': 'too long',
    });
    // A nested field's error stays on that field, not on a top-level field of the same name.
    expect(fieldErrorsOf(err)).not.toHaveProperty('name');
    expect(problemMessage(err, t)).toBe('Please check your input. 3 field(s) need attention.');
  });

  it('explains a stale version', () => {
    const err = toApiError({ type: 'x', title: 'Stale', status: 412, current: { version: 3 } }, response(412));
    expect(err.isStale).toBe(true);
    expect(err.current).toEqual({ version: 3 });
    expect(problemMessage(err, t)).toMatch(/changed by someone else/);
  });

  it('makes a problem out of a body that is not one', () => {
    const err = toApiError('<html>Bad gateway</html>', response(502));
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(502);
    expect(problemMessage(err, t)).toMatch(/server had a problem/);
  });

  it('uses the server detail for problems without a known message', () => {
    const err = toApiError({ type: 'x', title: 'Refused', status: 422, detail: 'Rule R-3 refused it' }, response(422));
    expect(problemMessage(err, t)).toBe('Rule R-3 refused it');
  });

  it('says throttled for 429', () => {
    const err = toApiError({ type: 'x', title: 'Too many', status: 429 }, response(429));
    expect(problemMessage(err, t)).toMatch(/Too many attempts/);
  });
});
