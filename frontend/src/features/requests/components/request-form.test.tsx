import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { CityRequest } from '../api/requests';
import { RequestForm } from './request-form';
import { cityRequest, districtSummary, fieldProblem, me, organizationKind, requestRule, section, ward, pageOf } from '@/testing/fixtures';

const lookups = () => [
  http.get('/api/v1/me', ({ response }) =>
    response(200).json(me({ id: 1, username: 'office', displayName: '事務局', role: 'OFFICE', districtIds: [] })),
  ),
  http.get('/api/v1/city-request-rules', ({ response }) =>
    response(200).json(pageOf([
      requestRule({
        id: 'NOTICE_NO_HEAD_COUNT',
        severity: 'REFUSE',
        appliesTo: 'NOTICE',
        fields: ['headCount'],
        textJa: '連絡・提案では人数を指定できません。',
        textEn: 'A notice cannot ask for a number of people.',
      }),
    ])),
  ),
  http.get('/api/v1/sections', ({ response }) =>
    response(200).json({ items: [section({ id: 3, name: '地域振興課', departmentName: '市民局総務部' })], total: 1, page: 1, size: 200, nextCursor: null }),
  ),
  http.get('/api/v1/organization-kinds', ({ response }) =>
    response(200).json(pageOf([organizationKind({ code: 'NEIGHBORHOOD_ASSOCIATION', labelJa: '自治会・町内会', labelEn: 'Neighborhood association' })])),
  ),
  http.get('/api/v1/districts', ({ response }) =>
    response(200).json({ items: [districtSummary({ id: 11, name: '香椎' })], total: 1, page: 1, size: 200, nextCursor: null }),
  ),
  http.get('/api/v1/wards', ({ response }) =>
    response(200).json({ items: [ward({ id: 5, name: '東区' }), ward({ id: 6, name: '博多区' })], total: 2, page: 1, size: 200, nextCursor: null }),
  ),
];

const request: CityRequest = cityRequest({
  id: 8,
  title: '回覧のお願い',
  sectionId: 3,
  sectionName: '地域振興課',
  departmentName: '市民局総務部',
  fiscalYear: 2025,
  kind: 'NOTICE',
  asks: ['CIRCULATION'],
  receiverKinds: ['NEIGHBORHOOD_ASSOCIATION'],
  allDistricts: true,
  channel: 'DIRECT',
  people: 1,
  hoursPerPerson: 1,
  status: 'ACTIVE',
  version: 5,
});

describe('RequestForm', () => {
  it('warns of a broken rule as it is typed, at the field', async () => {
    server.use(...lookups());
    renderWithProviders(<RequestForm request={request} etag={'"5"'} onSaved={vi.fn()} />);
    const headCount = await screen.findByRole('textbox', { name: /人数の指定/ });
    await screen.findByRole('option', { name: '地域振興課' });
    await userEvent.type(headCount, '3');
    expect(await screen.findByRole('alert')).toHaveTextContent('このままでは保存できません（依頼のルール）');
    expect(headCount).toHaveAccessibleDescription('連絡・提案では人数を指定できません。');
    await userEvent.clear(headCount);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('saves with If-Match; a server error stays at its field until that field changes', async () => {
    server.use(
      ...lookups(),
      http.put('/api/v1/city-requests/{id}', ({ response }) =>
        response(400).json(
          problemBody(400, { errors: [fieldProblem({ field: 'update.arg1.title', message: 'size must be between 1 and 200', code: 'Size' })] }),
        ),
      ),
    );
    renderWithProviders(<RequestForm request={request} etag={'"5"'} onSaved={vi.fn()} />);
    await screen.findByRole('option', { name: '地域振興課' });
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const title = screen.getByRole('textbox', { name: /件名/ });
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    expect(title).toHaveAccessibleDescription('size must be between 1 and 200');
    expect(title).toHaveFocus();
    const [put] = requestsTo('PUT', '/api/v1/city-requests/8');
    expect(put!.headers.get('If-Match')).toBe('"5"');
    expect(await put!.json()).toMatchObject({ title: '回覧のお願い', kind: 'NOTICE', sectionId: 3, fiscalYear: 2025 });
    await userEvent.type(title, '（再）');
    expect(title).not.toHaveAttribute('aria-invalid');
  });

  it('creates a request with an Idempotency-Key, the same one for a submit repeated after a failure', async () => {
    let fail = true;
    server.use(
      ...lookups(),
      http.post('/api/v1/city-requests', ({ response }) =>
        fail ? response(422).json(problemBody(422, { detail: 'Try again' })) : response(201).json(cityRequest({ id: 9, title: '新しい依頼' })),
      ),
    );
    const onSaved = vi.fn();
    renderWithProviders(<RequestForm onSaved={onSaved} />);
    await screen.findByRole('option', { name: '地域振興課' });
    await userEvent.type(screen.getByRole('textbox', { name: /件名/ }), '新しい依頼');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /所管課/ }), '3');
    await userEvent.click(within(screen.getByRole('group', { name: /依頼内容/ })).getAllByRole('checkbox')[0]!);
    await userEvent.click(screen.getByRole('checkbox', { name: '自治会・町内会' }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await expect.poll(() => onSaved.mock.calls.length).toBe(1);
    const keys = requestsTo('POST', '/api/v1/city-requests').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('names a rule refusal once, in words, at its field, and clears it when the field is fixed', async () => {
    server.use(
      ...lookups(),
      http.put('/api/v1/city-requests/{id}', ({ response }) =>
        response(422).json(
          problemBody(422, {
            type: 'https://kyodo.example.jp/problems/rule-violation',
            detail: '連絡・提案では人数を指定できません。 / A notice cannot ask for a number of people.',
            rule: 'NOTICE_NO_HEAD_COUNT',
            errors: [
              fieldProblem({ field: 'headCount', message: 'A notice cannot ask for a number of people.', code: 'NOTICE_NO_HEAD_COUNT' }),
              fieldProblem({ field: 'update.arg1.headCount', message: 'A notice cannot ask for a number of people.', code: 'NOTICE_NO_HEAD_COUNT' }),
            ],
          } as never),
        ),
      ),
    );
    renderWithProviders(<RequestForm request={{ ...request, headCount: 3 }} etag={'"5"'} onSaved={vi.fn()} />);
    await screen.findByRole('option', { name: '地域振興課' });
    const headCount = screen.getByRole('textbox', { name: /人数の指定/ });
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const alert = await screen.findByRole('alert');
    await expect.poll(() => alert.textContent).toContain('ルールにより登録できません');
    expect(document.body.textContent).not.toContain('NOTICE_NO_HEAD_COUNT');
    expect(document.body.textContent).not.toContain('A notice cannot');
    // The sentence once: at its field (the alert names the field).
    expect(document.body.textContent!.split('連絡・提案では人数を指定できません。')).toHaveLength(2);
    expect(headCount).toHaveAccessibleDescription('連絡・提案では人数を指定できません。');
    expect(within(alert).getByText('人数の指定')).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    await userEvent.clear(headCount);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(headCount).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('checks what it can before sending', async () => {
    server.use(...lookups());
    renderWithProviders(<RequestForm onSaved={vi.fn()} />);
    await screen.findByRole('option', { name: '地域振興課' });
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('textbox', { name: /件名/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /件名/ })).toHaveAccessibleDescription(/入力してください。/);
    const asks = screen.getByRole('group', { name: /依頼内容/ });
    expect(within(asks).getByText('1つ以上選択してください。')).toBeInTheDocument();
    expect(requestsTo('POST', '/api/v1/city-requests')).toHaveLength(0);
  });

  it('lets the office address whole wards, sent as wardIds', async () => {
    server.use(
      ...lookups(),
      http.put('/api/v1/city-requests/{id}', ({ response }) => response(200).json(cityRequest({ id: 8 }))),
    );
    renderWithProviders(<RequestForm request={request} etag={'"5"'} onSaved={vi.fn()} />);
    await screen.findByRole('option', { name: '地域振興課' });
    await userEvent.click(screen.getByRole('radio', { name: '校区を選択' }));
    const wards = await screen.findByRole('group', { name: '区単位で指定（区内のすべての校区）' });
    // neither a ward nor a district: the browser asks for one
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('区または校区を1つ以上選択してください。')).toBeInTheDocument();
    expect(requestsTo('PUT', '/api/v1/city-requests/8')).toHaveLength(0);
    await userEvent.click(within(wards).getByRole('checkbox', { name: '博多区' }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await expect.poll(() => requestsTo('PUT', '/api/v1/city-requests/8').length).toBe(1);
    const [put] = requestsTo('PUT', '/api/v1/city-requests/8');
    expect(await put!.json()).toMatchObject({ allDistricts: false, wardIds: [6], districtIds: [] });
  });
});
