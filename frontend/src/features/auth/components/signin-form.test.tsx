import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { SignInForm } from './signin-form';
import { me, session } from '@/testing/fixtures';

const user = me({ id: 1, username: 'office', displayName: '地域 花子', role: 'OFFICE', districtIds: [] });

describe('SignInForm', () => {
  it('signs in with the typed credentials', async () => {
    server.use(http.post('/api/v1/sessions', ({ response }) => response(201).json(session({ user }))));
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);
    await userEvent.type(screen.getByLabelText(/ユーザー名/), ' office ');
    await userEvent.type(screen.getByLabelText(/パスワード/), 'office-demo-pass');
    await userEvent.click(screen.getByRole('button', { name: 'サインイン' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    const [sent] = requestsTo('POST', '/api/v1/sessions');
    expect(sent?.credentials).toBe('same-origin');
    expect(await sent?.json()).toEqual({ username: 'office', password: 'office-demo-pass' });
  });

  it('says the credentials were wrong on 401', async () => {
    server.use(
      http.post('/api/v1/sessions', ({ response }) =>
        response(401).json(problemBody(401, { title: 'Sign-in required' })),
      ),
    );
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);
    await userEvent.type(screen.getByLabelText(/ユーザー名/), 'office');
    await userEvent.type(screen.getByLabelText(/パスワード/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'サインイン' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('ユーザー名またはパスワードが正しくありません。');
  });

  it('says to wait when throttled (429)', async () => {
    server.use(
      http.post('/api/v1/sessions', ({ response }) =>
        response(429).json(problemBody(429, { title: 'Too many attempts' })),
      ),
    );
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />, { lang: 'en' });
    await userEvent.type(screen.getByLabelText(/Username/), 'office');
    await userEvent.type(screen.getByLabelText(/Password/), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Too many attempts/);
  });
});
