import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { I18nProvider, type Lang } from '@/lib/i18n';

type Options = RenderOptions & { route?: string; path?: string; lang?: Lang; queryClient?: QueryClient };

export function testQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

/** Renders with the app's providers; `path` mounts the element on a route so useParams works. */
export function renderWithProviders(ui: ReactElement, options: Options = {}) {
  const { route = '/', path, lang = 'ja', queryClient = testQueryClient(), ...rest } = options;
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <I18nProvider lang={lang}>
          <MemoryRouter initialEntries={[route]}>
            {path ? (
              <Routes>
                <Route path={path} element={children} />
                <Route path="*" element={<p>elsewhere</p>} />
              </Routes>
            ) : (
              children
            )}
          </MemoryRouter>
        </I18nProvider>
      </QueryClientProvider>
    );
  }
  return { queryClient, ...render(ui, { wrapper: Wrapper, ...rest }) };
}
