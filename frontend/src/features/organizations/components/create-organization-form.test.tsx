import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { CreateOrganizationForm } from './create-organization-form';
import { organizationKind, pageOf } from '@/testing/fixtures';

const kinds = http.get('/api/v1/organization-kinds', ({ response }) =>
  response(200).json(pageOf([
    organizationKind({
      code: 'DISTRICT_COUNCIL',
      labelJa: '自治協議会',
      labelEn: 'District council',
      sortOrder: 1,
      hasMembership: false,
      districtScoped: true,
    }),
    organizationKind({
      code: 'NEIGHBORHOOD_ASSOCIATION',
      labelJa: '自治会・町内会',
      labelEn: 'Neighborhood association',
      sortOrder: 2,
      districtScoped: true,
      subKinds: [{ code: 'TOWN', labelJa: '町内会', labelEn: 'Town association' }],
    }),
    organizationKind({
      code: 'CITY_FEDERATION',
      labelJa: '市連合会',
      labelEn: 'City federation',
      sortOrder: 3,
      hasMembership: false,
      districtScoped: false,
    }),
  ])),
);

function renderForm(onCreated = vi.fn()) {
  renderWithProviders(
    <CreateOrganizationForm
      districtId={7}
      districtName="東校区"
      parents={[{ id: 1, name: '東校区自治協議会', kindLabel: '自治協議会', depth: 0 }]}
      defaultParentId={1}
      hasCouncil
      onCreated={onCreated}
      onCancel={vi.fn()}
    />,
  );
  return onCreated;
}

const posts = () => requestsTo('POST', '/api/v1/organizations');

describe('CreateOrganizationForm', () => {
  it('offers the district’s kinds, requires name and reading, and sends nothing until they are there', async () => {
    server.use(kinds);
    renderForm();
    const kind = await screen.findByRole('combobox', { name: /種別/ });
    expect(screen.queryByRole('option', { name: '自治協議会' })).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: '市連合会' })).not.toBeInTheDocument();
    expect(kind).toHaveValue('NEIGHBORHOOD_ASSOCIATION');
    await userEvent.click(screen.getByRole('button', { name: '登録する' }));
    expect(screen.getByRole('textbox', { name: /名称/ })).toHaveFocus();
    expect(posts()).toHaveLength(0);
  });

  it('creates once per body: the same Idempotency-Key on a retry, a new one after the values change', async () => {
    server.use(
      kinds,
      http.post('/api/v1/organizations', ({ response }) => response(500).json(problemBody(500))),
    );
    renderForm();
    await userEvent.type(await screen.findByRole('textbox', { name: /名称/ }), '東一丁目自治会');
    await userEvent.type(screen.getByRole('textbox', { name: /よみ/ }), 'ひがしいっちょうめ');
    const submit = screen.getByRole('button', { name: '登録する' });
    await userEvent.click(submit);
    expect(await screen.findByRole('alert')).toHaveTextContent('サーバーでエラーが発生しました');
    await userEvent.click(submit);
    await expect.poll(() => posts().length).toBe(2);
    await userEvent.type(screen.getByRole('textbox', { name: /名称/ }), '会');
    await userEvent.click(submit);
    await expect.poll(() => posts().length).toBe(3);
    const keys = posts().map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(await posts()[2]!.json()).toMatchObject({
      kind: 'NEIGHBORHOOD_ASSOCIATION',
      name: '東一丁目自治会会',
      kana: 'ひがしいっちょうめ',
      districtId: 7,
      parentId: 1,
    });
  });
});
