import { api } from '@/lib/api-client';

// C0 controls but tab and line breaks, DEL and C1: the server refuses text holding them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function clean(text: string, max: number): string {
  return text.replace(CONTROL, '').slice(0, max);
}

/**
 * Tells the server's log about an error that blanked a page (POST /api/v1/client-errors), so it can be found next
 * to the requests that led to it. Best effort: a report that cannot be sent is dropped, never shown.
 */
export function reportClientError(error: unknown, componentStack?: string | null): void {
  const message = error instanceof Error ? error.message : String(error);
  const stack = [error instanceof Error ? error.stack : undefined, componentStack].filter(Boolean).join('\n');
  void api
    .POST('/api/v1/client-errors', {
      body: {
        message: clean(message, 500) || 'unknown error',
        path: clean(window.location.pathname, 300) || '/',
        stack: clean(stack, 4000),
        userAgent: clean(navigator.userAgent, 300),
      },
    })
    .catch(() => undefined);
}
