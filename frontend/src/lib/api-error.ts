import type { MessageKey, TFunction } from '@/lib/i18n';
import type { components } from '@/types/api';

export type Problem = components['schemas']['Problem'];
export type FieldProblem = components['schemas']['FieldProblem'];

/**
 * A failed API call. Every 4xx/5xx body is RFC 9457 problem details; when the body is something
 * else (a proxy's HTML page, no network) a minimal problem is made up so callers handle one shape.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    // Bodies from outside the API (a proxy's error page) may not keep the contract: fall back to the title.
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get isStale(): boolean {
    return this.status === 412;
  }

  /** The current representation the server sent with a 412, if any. */
  get current(): unknown {
    return (this.problem as { current?: unknown }).current;
  }
}

/** status 0: the request never got an answer. */
export const NETWORK_ERROR_STATUS = 0;

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'title' in body;
}

export function toApiError(body: unknown, response: Response | undefined): ApiError {
  const status = response?.status ?? NETWORK_ERROR_STATUS;
  if (isProblem(body)) return new ApiError(status, body);
  const title = response?.statusText || 'Error';
  return new ApiError(status, {
    type: 'about:blank',
    title,
    status,
    detail: typeof body === 'string' && body.length < 300 ? body : title,
    instance: response?.url ?? '',
  });
}

/**
 * Field errors keyed by the field's path in the request body ("memberHouseholds", "contact.phone"),
 * which is also how forms here name their fields. A path still carrying the Java method and
 * argument ("update.arg1.memberHouseholds", "put.body.source") is keyed without them as well.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const e of error.problem.errors ?? []) {
    if (!e.field) continue;
    const message = e.message;
    out[e.field] ??= message;
    const inBody = /^[^.]+\.(?:arg\d+|body)\.(.+)$/.exec(e.field)?.[1];
    if (inBody) out[inBody] ??= message;
  }
  return out;
}

/** One sentence a person can act on, in the chosen language where we know the kind of problem. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('app.error');
  const key = MESSAGE_BY_STATUS[error.status];
  const count = error.problem.errors?.length ?? 0;
  if (error.status === 400 && count > 0) return `${t('problem.validation')} ${t('problem.fieldCount', { count })}`;
  if (key) return t(key);
  if (error.status >= 500) return t('problem.server');
  return error.problem.detail || error.problem.title || t('app.error');
}

const MESSAGE_BY_STATUS: Partial<Record<number, MessageKey>> = {
  [NETWORK_ERROR_STATUS]: 'problem.network',
  401: 'signin.expired',
  403: 'problem.forbidden',
  404: 'problem.notFound',
  412: 'problem.stale',
  429: 'signin.throttled',
  503: 'problem.unavailable',
};
