import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { meQueryKey } from '@/lib/auth';
import { setUnauthorizedHandler } from '@/lib/api-client';
import { I18nProvider } from '@/lib/i18n';
import { makeQueryClient } from '@/lib/query-client';

function createClient(): QueryClient {
  const client = makeQueryClient();
  // The session ran out mid-work: forget the user; RequireAuth then sends them to /signin and
  // brings them back to the same page afterwards.
  setUnauthorizedHandler(() => client.setQueryData(meQueryKey, null));
  return client;
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createClient());
  return (
    <QueryClientProvider client={client}>
      <I18nProvider>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
