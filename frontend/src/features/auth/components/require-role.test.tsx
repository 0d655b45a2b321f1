import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, renderWithProviders } from '@/testing/test-utils';
import { OFFICE_ROLES } from '@/lib/authorization';
import { RequireRole } from './require-role';

const me = (role: string) => () => json({ id: 1, username: 'u', displayName: 'U', role, districtIds: [] });

describe('RequireRole', () => {
  it('shows the page to the office', async () => {
    mockApi({ 'GET /api/v1/me': me('OFFICE') });
    renderWithProviders(
      <RequireRole roles={OFFICE_ROLES} fallback={<p>not for you</p>}>
        <p>import</p>
      </RequireRole>,
    );
    expect(await screen.findByText('import')).toBeInTheDocument();
  });

  it('shows the fallback to other roles', async () => {
    mockApi({ 'GET /api/v1/me': me('LIAISON') });
    renderWithProviders(
      <RequireRole roles={OFFICE_ROLES} fallback={<p>not for you</p>}>
        <p>import</p>
      </RequireRole>,
    );
    expect(await screen.findByText('not for you')).toBeInTheDocument();
    expect(screen.queryByText('import')).not.toBeInTheDocument();
  });
});
