import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { loadLang } from '@/lib/i18n';
import { resetRecordedRequests, server } from './msw';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

// Routes load lazily: the first visit of a page compiles its module, which takes more than the default second
// when the whole suite runs in parallel.
configure({ asyncUtilTimeout: 5000 });

// The app loads English on demand; tests render either language straight away.
await loadLang('en');
// Pages bring their feature dictionaries (lib/i18n/index.tsx); every test has them all, so that none depends on
// which test files ran before it in the same worker (isolate: false shares the modules).
import.meta.glob('/src/features/*/i18n.ts', { eager: true });

afterEach(() => {
  cleanup();
  localStorage.clear();
  server.resetHandlers();
  resetRecordedRequests();
});

afterAll(() => server.close());
