import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { MySettings } from '../api/my-settings';
import { MySettingsPanel } from './my-settings-form';

const PATH = '/api/v1/me/settings';

function settings(extra: Partial<MySettings> = {}): MySettings {
  return { digest: true, digestAvailable: true, version: 3, ...extra };
}

const loaded = (s: MySettings) =>
  http.get(PATH, ({ response }) => response(200).json(s, { headers: { ETag: `"${s.version}"` } }));

describe('MySettingsPanel', () => {
  it('saves the address with If-Match, says so and starts again from what was saved', async () => {
    server.use(
      loaded(settings()),
      http.put(PATH, async ({ request, response }) => {
        const body = await request.json();
        return response(200).json(settings({ email: body.email, digest: body.digest, version: 4 }), {
          headers: { ETag: '"4"' },
        });
      }),
    );
    renderWithProviders(<MySettingsPanel />);
    const email = await screen.findByRole('textbox', { name: /メールアドレス/ });
    expect(email).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: '未読のお知らせをメールで受け取る' })).toBeChecked();
    expect(screen.queryByText(/メールの送信が設定されていません/)).not.toBeInTheDocument();

    await userEvent.type(email, '  hakata.hanako@example.jp ');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('個人設定を保存しました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', PATH);
    expect(put!.headers.get('If-Match')).toBe('"3"');
    expect(await put!.json()).toEqual({ email: 'hakata.hanako@example.jp', digest: true });
    expect(screen.getByRole('textbox', { name: /メールアドレス/ })).toHaveValue('hakata.hanako@example.jp');

    // the next save sends the new version; an empty address removes it (the field is left out)
    await userEvent.clear(screen.getByRole('textbox', { name: /メールアドレス/ }));
    expect(screen.queryByText('個人設定を保存しました。')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: '未読のお知らせをメールで受け取る' }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('個人設定を保存しました。');
    const second = requestsTo('PUT', PATH)[1]!;
    expect(second.headers.get('If-Match')).toBe('"4"');
    expect(await second.json()).toEqual({ digest: false });
  });

  it('checks the address before sending and shows the server’s refusal on the field', async () => {
    server.use(
      loaded(settings({ email: 'old@example.jp' })),
      http.put(PATH, ({ response }) =>
        response(400).json(
          problemBody(400, {
            title: 'Invalid input',
            errors: [{ field: 'updateMySettings.body.email', message: 'must be an e-mail address', code: 'Email' }],
          }),
        ),
      ),
    );
    renderWithProviders(<MySettingsPanel />);
    const email = await screen.findByRole('textbox', { name: /メールアドレス/ });
    expect(email).toHaveValue('old@example.jp');
    await userEvent.clear(email);
    await userEvent.type(email, 'hakata@localhost');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/メールアドレスの形式で入力してください/)).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(requestsTo('PUT', PATH)).toHaveLength(0);

    // what the browser lets through but the server refuses: the server's message, on the field
    await userEvent.clear(email);
    await userEvent.type(email, 'hakata@example.jp');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('must be an e-mail address')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /メールアドレス/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('個人設定を保存しました。')).not.toBeInTheDocument();
  });

  it('says when this server sends no e-mail at all', async () => {
    server.use(loaded(settings({ digestAvailable: false })));
    renderWithProviders(<MySettingsPanel />);
    expect(await screen.findByText(/メールの送信が設定されていません/)).toBeInTheDocument();
  });

  it('reads in English', async () => {
    server.use(loaded(settings()));
    renderWithProviders(<MySettingsPanel />, { lang: 'en' });
    expect(await screen.findByRole('textbox', { name: /E-mail address/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Receive unread notifications by e-mail' })).toBeInTheDocument();
  });
});
