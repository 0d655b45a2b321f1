import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { etagOf } from '@/lib/api-client';
import { http, problemBody, requests, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { Organization } from '../api/get-organization';
import { OrganizationForm } from './organization-form';

const org = {
  id: 12,
  code: 'NA-0107-01',
  kind: 'NEIGHBORHOOD_ASSOCIATION',
  districtId: 7,
  parentId: 1,
  name: '東一丁目自治会',
  kana: 'ひがしいっちょうめじちかい',
  legalEntity: false,
  version: 4,
  permissions: { canEdit: true },
} as Organization;

describe('OrganizationForm', () => {
  it('sends the ETag it was filled from and only the fields that are set', async () => {
    server.use(
      http.put('/api/v1/organizations/{id}', ({ params, response }) =>
        response(200).json({ ...org, id: Number(params.id), name: '東一丁目町内会', version: 5 }),
      ),
    );
    const onSaved = vi.fn();
    renderWithProviders(
      <OrganizationForm
        current={{ data: org, etag: etagOf(4) }}
        onSaved={onSaved}
        onCancel={vi.fn()}
        onReload={vi.fn()}
      />,
    );
    const name = screen.getByRole('textbox', { name: /名称/ });
    await userEvent.clear(name);
    await userEvent.type(name, '東一丁目町内会');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const put = requests()[0]!;
    expect(put.method).toBe('PUT');
    expect(new URL(put.url).pathname).toBe('/api/v1/organizations/12');
    expect(put.headers.get('If-Match')).toBe('"4"');
    const body = await put.json();
    expect(body).toMatchObject({ name: '東一丁目町内会', kana: 'ひがしいっちょうめじちかい', legalEntity: false });
    expect(body).toMatchObject({ kind: 'NEIGHBORHOOD_ASSOCIATION', districtId: 7, parentId: 1, code: 'NA-0107-01' });
    expect(body).not.toHaveProperty('contact');
  });

  it('shows each server error next to its field', async () => {
    server.use(
      http.put('/api/v1/organizations/{id}', ({ response }) =>
        response(400).json(
          problemBody(400, {
            errors: [{ field: 'contact.email', message: 'must be a well-formed email address', code: 'Email' }],
          }),
        ),
      ),
    );
    renderWithProviders(
      <OrganizationForm current={{ data: org, etag: '"4"' }} onSaved={vi.fn()} onCancel={vi.fn()} onReload={vi.fn()} />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /メールアドレス/ }), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const email = screen.getByRole('textbox', { name: /メールアドレス/ });
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(email).toHaveAccessibleDescription('must be a well-formed email address');
    expect(email).toHaveFocus();
  });

  it('requires name and reading', async () => {
    renderWithProviders(
      <OrganizationForm current={{ data: org, etag: '"4"' }} onSaved={vi.fn()} onCancel={vi.fn()} onReload={vi.fn()} />,
    );
    await userEvent.clear(screen.getByRole('textbox', { name: /よみ/ }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('textbox', { name: /よみ/ })).toHaveAccessibleDescription(/^入力してください。/);
    expect(requests()).toHaveLength(0);
  });

  it('on 412 explains, then reloads the current data and its ETag', async () => {
    server.use(
      http.put('/api/v1/organizations/{id}', ({ request, response }) =>
        request.headers.get('If-Match') === '"4"'
          ? response(412).json(problemBody(412))
          : response(200).json({ ...org, version: 8 }),
      ),
    );
    const fresh = { data: { ...org, name: '誰かが変えた名前', version: 7 }, etag: '"7"' };
    const onReload = vi.fn(async () => fresh);
    const onSaved = vi.fn();
    renderWithProviders(
      <OrganizationForm
        current={{ data: org, etag: '"4"' }}
        onSaved={onSaved}
        onCancel={vi.fn()}
        onReload={onReload}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('このデータは他の人によって変更されました');
    await userEvent.click(screen.getByRole('button', { name: '最新の内容を読み込む' }));
    expect(await screen.findByDisplayValue('誰かが変えた名前')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(requests()[1]!.headers.get('If-Match')).toBe('"7"');
    expect(await requests()[1]!.json()).toMatchObject({ name: '誰かが変えた名前' });
  });
});
