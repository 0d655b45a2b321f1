import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICE_ROLES } from '@/lib/authorization';
import type { Role } from '@/lib/auth';
import { http, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { RequireRole } from './require-role';

const me = (role: Role) =>
  http.get('/api/v1/me', ({ response }) =>
    response(200).json({ id: 1, username: 'u', displayName: 'U', role, districtIds: [] }),
  );

describe('RequireRole', () => {
  it('shows the page to the office', async () => {
    server.use(me('OFFICE'));
    renderWithProviders(
      <RequireRole roles={OFFICE_ROLES} fallback={<p>not for you</p>}>
        <p>import</p>
      </RequireRole>,
    );
    expect(await screen.findByText('import')).toBeInTheDocument();
  });

  it('shows the fallback to other roles', async () => {
    server.use(me('LIAISON'));
    renderWithProviders(
      <RequireRole roles={OFFICE_ROLES} fallback={<p>not for you</p>}>
        <p>import</p>
      </RequireRole>,
    );
    expect(await screen.findByText('not for you')).toBeInTheDocument();
    expect(screen.queryByText('import')).not.toBeInTheDocument();
  });
});
