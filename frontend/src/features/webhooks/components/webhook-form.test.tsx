import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { Webhook } from '../api/webhooks';
import { acceptableUrl, WebhookForm } from './webhook-form';
import { SecretOnce } from './webhooks-page';

const saved: Webhook = {
  id: 7,
  url: 'https://gis.example.jp/kyodo',
  eventTypes: ['WARD'],
  active: true,
  status: 'ACTIVE',
  description: 'GIS',
  pausedReason: null,
  deliveredThrough: 'c2s',
  failures: 0,
  nextAttemptAt: null,
  createdAt: '2026-04-01T00:00:00Z',
  version: 0,
  updatedAt: '2025-04-01T00:00:00Z',
};

describe('WebhookForm', () => {
  it('accepts https anywhere and http only to this machine', () => {
    expect(acceptableUrl('https://gis.example.jp/h')).toBe(true);
    expect(acceptableUrl('http://localhost:8080/h')).toBe(true);
    expect(acceptableUrl('http://127.0.0.1/h')).toBe(true);
    expect(acceptableUrl('http://[::1]/h')).toBe(true);
    expect(acceptableUrl('http://gis.example.jp/h')).toBe(false);
    expect(acceptableUrl('ftp://127.0.0.1/h')).toBe(false);
    expect(acceptableUrl('not a url')).toBe(false);
  });

  it('refuses a plain-http URL to another host before sending, then registers with an Idempotency-Key', async () => {
    server.use(
      http.post('/api/v1/webhooks', ({ response }) => response(201).json({ webhook: saved, secret: 'whsec_abc', version: 0 })),
    );
    const onSaved = vi.fn();
    renderWithProviders(<WebhookForm webhook={undefined} onSaved={onSaved} onCancel={vi.fn()} />);
    const url = screen.getByLabelText(/送信先 URL/);
    await userEvent.type(url, 'http://gis.example.jp/kyodo');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/https の URL を入力してください/)).toBeInTheDocument();
    expect(requestsTo('POST', '/api/v1/webhooks')).toHaveLength(0);

    await userEvent.clear(url);
    await userEvent.type(url, ' https://gis.example.jp/kyodo ');
    await userEvent.type(screen.getByLabelText(/説明/), 'GIS');
    await userEvent.click(screen.getByRole('checkbox', { name: 'WARD' }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(onSaved.mock.calls[0]?.[0]).toMatchObject({ secret: 'whsec_abc' });
    const [sent] = requestsTo('POST', '/api/v1/webhooks');
    expect(sent?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await sent?.json()).toEqual({
      url: 'https://gis.example.jp/kyodo',
      active: true,
      eventTypes: ['WARD'],
      description: 'GIS',
    });
  });

  it('shows the server’s 400 next to the field it names, and edits with If-Match', async () => {
    server.use(
      http.put('/api/v1/webhooks/{id}', ({ response }) =>
        response(400).json(
          problemBody(400, { errors: [{ field: 'url', message: 'must use https (http only for localhost)', code: 'WebhookUrl' }] }),
        ),
      ),
    );
    renderWithProviders(<WebhookForm webhook={saved} onSaved={vi.fn()} onCancel={vi.fn()} />, { lang: 'en' });
    await userEvent.click(screen.getByRole('checkbox', { name: /Deliver/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/must use https/)).toBeInTheDocument();
    const [sent] = requestsTo('PUT', '/api/v1/webhooks/7');
    expect(sent?.headers.get('If-Match')).toBe('"0"');
    expect(await sent?.json()).toMatchObject({ active: false, eventTypes: ['WARD'] });
  });
});

describe('SecretOnce', () => {
  it('shows the secret once with a copy button', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onDone = vi.fn();
    renderWithProviders(<SecretOnce secret="whsec_abc" onDone={onDone} />);
    expect(screen.getByText('whsec_abc')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'コピー' }));
    expect(writeText).toHaveBeenCalledWith('whsec_abc');
    expect(await screen.findByText('コピーしました。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '控えたので閉じる' }));
    expect(onDone).toHaveBeenCalled();
  });
});
