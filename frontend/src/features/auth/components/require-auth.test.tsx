import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { http, problemBody, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { RequireAuth } from './require-auth';

function ShowLocation() {
  const l = useLocation();
  return <p>at {l.pathname + l.search}</p>;
}

function Tree() {
  return (
    <Routes>
      <Route path="/signin" element={<ShowLocation />} />
      <Route
        path="*"
        element={
          <RequireAuth>
            <p>secret</p>
          </RequireAuth>
        }
      />
    </Routes>
  );
}

describe('RequireAuth', () => {
  it('sends a visitor without a session to /signin with the way back', async () => {
    server.use(http.get('/api/v1/me', ({ response }) => response(401).json(problemBody(401))));
    renderWithProviders(<Tree />, { route: '/districts?ward=2' });
    expect(await screen.findByText('at /signin?next=%2Fdistricts%3Fward%3D2')).toBeInTheDocument();
  });

  it('shows the page to a signed-in user', async () => {
    server.use(
      http.get('/api/v1/me', ({ response }) =>
        response(200).json({ id: 1, username: 'a', displayName: 'A', role: 'ADMIN', districtIds: [] }),
      ),
    );
    renderWithProviders(<Tree />, { route: '/districts' });
    expect(await screen.findByText('secret')).toBeInTheDocument();
  });
});
