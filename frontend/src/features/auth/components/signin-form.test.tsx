import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, renderWithProviders } from '@/testing/test-utils';
import { SignInForm } from './signin-form';

const user = { id: 1, username: 'office', displayName: '地域 花子', role: 'OFFICE', districtIds: [] };

describe('SignInForm', () => {
  it('signs in with the typed credentials', async () => {
    const { calls } = mockApi({ 'POST /api/v1/sessions': () => json({ user }, { status: 201 }) });
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);
    await userEvent.type(screen.getByLabelText(/ユーザー名/), ' office ');
    await userEvent.type(screen.getByLabelText(/パスワード/), 'office-demo-pass');
    await userEvent.click(screen.getByRole('button', { name: 'サインイン' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(calls[0]?.credentials).toBe('same-origin');
    expect(await calls[0]?.json()).toEqual({ username: 'office', password: 'office-demo-pass' });
  });

  it('says the credentials were wrong on 401', async () => {
    mockApi({ 'POST /api/v1/sessions': () => problem(401, { title: 'Sign-in required' }) });
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);
    await userEvent.type(screen.getByLabelText(/ユーザー名/), 'office');
    await userEvent.type(screen.getByLabelText(/パスワード/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'サインイン' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('ユーザー名またはパスワードが正しくありません。');
  });

  it('says to wait when throttled (429)', async () => {
    mockApi({ 'POST /api/v1/sessions': () => problem(429) });
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />, { lang: 'en' });
    await userEvent.type(screen.getByLabelText(/Username/), 'office');
    await userEvent.type(screen.getByLabelText(/Password/), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Too many attempts/);
  });
});
