import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { districtSummary, fieldProblem, me, organizationTreeNode, section, pageOf } from '@/testing/fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { UpwardReport } from '../api/upward-reports';
import { UpwardReportForm } from './upward-report-form';

const saved: UpwardReport = {
  id: 77,
  type: 'NEWSLETTER',
  title: '香椎校区だより 第120号',
  districtId: 1,
  districtCode: 'D01',
  districtName: '香椎',
  organizationId: 40,
  organizationName: '香椎校区自治協議会',
  receivedOn: '2025-07-10',
  fiscalYear: 2025,
  sectionName: 'コミュニティ推進課',
  sectionId: 14,
  permissions: { canEdit: true },
  version: 3,
  createdAt: '2025-04-01T00:00:00Z', updatedAt: '2025-04-01T00:00:00Z',
};

function handlers(role: 'LIAISON' | 'OFFICE' = 'LIAISON') {
  server.use(
    http.get('/api/v1/me', ({ response }) => response(200).json(me({ id: 5, role, districtIds: role === 'LIAISON' ? [1] : [] }))),
    http.get('/api/v1/districts', ({ response }) =>
      response(200).json({
        items: [districtSummary({ id: 1, name: '香椎' }), districtSummary({ id: 2, name: '名島' })],
        total: 2,
        page: 1,
        size: 200,
        nextCursor: null,
      }),
    ),
    http.get('/api/v1/sections', ({ response }) =>
      response(200).json({ items: [section({ id: 14, name: 'コミュニティ推進課' })], total: 1, page: 1, size: 200, nextCursor: null }),
    ),
    http.get('/api/v1/districts/{id}/organization-tree', ({ response }) =>
      response(200).json(pageOf([organizationTreeNode({ id: 40, name: '香椎校区自治協議会', children: [] })])),
    ),
  );
}

describe('UpwardReportForm', () => {
  it('offers a liaison only their own districts, with the district chosen beforehand', async () => {
    handlers();
    renderWithProviders(<UpwardReportForm districtId={1} onSaved={vi.fn()} onCancel={vi.fn()} />);
    const district = await screen.findByRole('combobox', { name: /校区/ });
    await within(district).findByRole('option', { name: '香椎' });
    expect(within(district).queryByRole('option', { name: '名島' })).not.toBeInTheDocument();
    await waitFor(() => expect(district).toHaveValue('1'));
  });

  it('says what is missing or wrong before sending anything', async () => {
    handlers();
    const user = userEvent.setup();
    renderWithProviders(<UpwardReportForm onSaved={vi.fn()} onCancel={vi.fn()} />);
    await screen.findByRole('option', { name: '香椎' });
    const date = screen.getByLabelText(/受付日/);
    await user.clear(date);
    await user.type(date, '2999-01-01');
    await user.type(screen.getByLabelText(/資料の場所/), 'docs.example.jp/a.pdf');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('combobox', { name: /校区/ })).toHaveAccessibleDescription('校区を選んでください');
    expect(screen.getByRole('combobox', { name: /種類/ })).toHaveAccessibleDescription('種類を選んでください');
    expect(screen.getByRole('textbox', { name: /件名/ })).toHaveAccessibleDescription(/入力してください。/);
    expect(date).toHaveAccessibleDescription('受付日に未来の日付は入力できません。');
    expect(screen.getByLabelText(/資料の場所/)).toHaveAccessibleDescription(/http:\/\/ または https:\/\//);
    expect(requestsTo('POST', '/api/v1/upward-reports')).toHaveLength(0);
  });

  it('sends a new report with an Idempotency-Key, naming the section it went to', async () => {
    handlers();
    server.use(http.post('/api/v1/upward-reports', ({ response }) => response(201).json(saved)));
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<UpwardReportForm districtId={1} onSaved={onSaved} onCancel={vi.fn()} />);
    await screen.findByRole('option', { name: '香椎校区自治協議会' });
    await user.selectOptions(screen.getByRole('combobox', { name: /提出した団体/ }), '40');
    await user.selectOptions(screen.getByRole('combobox', { name: /種類/ }), 'NEWSLETTER');
    await user.type(screen.getByRole('textbox', { name: /件名/ }), '  香椎校区だより 第120号 ');
    await user.selectOptions(screen.getByRole('combobox', { name: /回付先の所管課/ }), '14');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [post] = requestsTo('POST', '/api/v1/upward-reports');
    expect(post!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post!.json()).toMatchObject({
      type: 'NEWSLETTER',
      title: '香椎校区だより 第120号',
      districtId: 1,
      organizationId: 40,
      sectionId: 14,
      sectionName: 'コミュニティ推進課',
    });
  });

  it('puts the server’s field errors (problem+json) on their fields and sends If-Match when editing', async () => {
    handlers('OFFICE');
    server.use(
      http.put('/api/v1/upward-reports/{id}', ({ response }) =>
        response(400).json(
          problemBody(400, {
            errors: [
              fieldProblem({ field: 'organizationId', message: 'belongs to another district', code: 'SameDistrict' }),
              fieldProblem({ field: 'sectionId', message: 'no section has the id 14', code: 'Exists' }),
            ],
          }),
        ),
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<UpwardReportForm report={saved} etag={'"3"'} onSaved={vi.fn()} onCancel={vi.fn()} />);
    expect(await screen.findByRole('textbox', { name: /件名/ })).toHaveValue('香椎校区だより 第120号');
    await screen.findByRole('option', { name: '香椎校区自治協議会' });
    await user.click(screen.getByRole('button', { name: '保存' }));
    const org = screen.getByRole('combobox', { name: /提出した団体/ });
    await expect.poll(() => org.getAttribute('aria-invalid')).toBe('true');
    expect(org).toHaveAccessibleDescription(/belongs to another district/);
    expect(screen.getByRole('combobox', { name: /回付先の所管課/ })).toHaveAccessibleDescription(/no section has the id 14/);
    const [put] = requestsTo('PUT', '/api/v1/upward-reports/77');
    expect(put!.headers.get('If-Match')).toBe('"3"');
  });
});
