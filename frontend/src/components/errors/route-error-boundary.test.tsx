import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { lazy, Suspense } from 'react';
import { isModuleLoadError, RouteErrorBoundary } from './route-error-boundary';

function Broken(): never {
  throw new Error('district.name is null');
}

function Frame() {
  return (
    <>
      <header>
        <Link to="/fine">ほかのページ</Link>
      </header>
      <RouteErrorBoundary>
        <Routes>
          <Route path="/broken" element={<Broken />} />
          <Route path="/fine" element={<p>表示できるページ</p>} />
        </Routes>
      </RouteErrorBoundary>
    </>
  );
}

describe('RouteErrorBoundary', () => {
  beforeEach(() => {
    // React logs the caught error; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps the frame, says in Japanese what happened, reports the error and clears on another page', async () => {
    server.use(http.post('/api/v1/client-errors', ({ response }) => response(204).empty()));
    renderWithProviders(<Frame />, { route: '/broken' });
    expect(await screen.findByRole('heading', { level: 1, name: 'このページを表示できませんでした' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '前のページに戻る' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'トップページへ' })).toHaveAttribute('href', '/');
    await waitFor(() => expect(requestsTo('POST', '/api/v1/client-errors')).toHaveLength(1));
    const sent = (await requestsTo('POST', '/api/v1/client-errors')[0]?.json()) as { message: string; path: string };
    expect(sent.message).toBe('district.name is null');
    expect(sent.path).toBe('/');
    await userEvent.click(screen.getByRole('link', { name: 'ほかのページ' }));
    expect(await screen.findByText('表示できるページ')).toBeInTheDocument();
    expect(screen.queryByText('このページを表示できませんでした')).not.toBeInTheDocument();
  });

  it('after a deploy, a page whose module is gone asks in Japanese to reload instead of leaving a blank page', async () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload, pathname: '/' });
    // What Chromium throws when the chunk an old index.html names is no longer on the server.
    const Gone = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/district-0ld.js')),
    );
    renderWithProviders(
      <RouteErrorBoundary>
        <Suspense fallback={<p>読み込み中…</p>}>
          <Gone />
        </Suspense>
      </RouteErrorBoundary>,
      { route: '/districts/1' },
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('画面を読み込めませんでした');
    expect(alert).toHaveTextContent('再読み込みすると最新の画面を表示します');
    await userEvent.click(screen.getByRole('button', { name: '再読み込み' }));
    expect(reload).toHaveBeenCalledOnce();
    // Not a bug: nothing is sent to the error log.
    expect(requestsTo('POST', '/api/v1/client-errors')).toHaveLength(0);
  });

  it('recognises how Chromium, Firefox, Safari and Vite word a module that did not load', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: https://kyodo.example/assets/map-abc.js',
      'error loading dynamically imported module: https://kyodo.example/assets/map-abc.js',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/district-abc.css',
    ]) {
      expect(isModuleLoadError(new TypeError(message)), message).toBe(true);
    }
    expect(isModuleLoadError(new Error('district.name is null'))).toBe(false);
  });
});
