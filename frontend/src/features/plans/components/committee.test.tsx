import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { CommitteeMember } from '../api/types';
import { CommitteeMembersPanel } from './committee';

const member: CommitteeMember = {
  id: 4,
  name: '博多 一郎',
  affiliation: '東校区自治協議会',
  termFrom: '2025-04-01',
  active: true,
  version: 6,
  createdAt: '2025-04-01T00:00:00Z', updatedAt: '2025-04-01T00:00:00Z',
};

const listing = (members: CommitteeMember[]) =>
  http.get('/api/v1/committee-members', ({ response }) =>
    response(200).json({ items: members, total: members.length, page: 1, size: 200, nextCursor: null }),
  );

describe('CommitteeMembersPanel', () => {
  it('adds a member with an Idempotency-Key after checking the term, then says so and puts the keyboard back', async () => {
    server.use(
      listing([member]),
      http.post('/api/v1/committee-members', async ({ request, response }) =>
        response(201).json({ ...(await request.json()), id: 9, active: true, version: 0, createdAt: '2025-04-01T00:00:00Z', updatedAt: '2025-04-01T00:00:00Z' }),
      ),
    );
    renderWithProviders(<CommitteeMembersPanel canEdit />);
    await userEvent.click(await screen.findByRole('button', { name: '委員を追加' }));
    const form = screen.getByRole('form', { name: '委員を追加' });
    expect(within(form).getByRole('heading', { name: '委員を追加' })).toHaveFocus();
    await userEvent.type(within(form).getByRole('textbox', { name: /氏名/ }), '中洲 花子');
    await userEvent.type(within(form).getByRole('textbox', { name: /所属・推薦団体/ }), '公募');
    await userEvent.type(within(form).getByLabelText(/任期の開始日/), '2026-04-01');
    await userEvent.type(within(form).getByLabelText(/任期の終了日/), '2025-03-31');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(within(form).getByLabelText(/任期の終了日/)).toHaveFocus();
    expect(requestsTo('POST', '/api/v1/committee-members')).toHaveLength(0);

    await userEvent.clear(within(form).getByLabelText(/任期の終了日/));
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('委員を保存しました。')).toBeInTheDocument();
    const [post] = requestsTo('POST', '/api/v1/committee-members');
    expect(post!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post!.json()).toEqual({ name: '中洲 花子', affiliation: '公募', termFrom: '2026-04-01' });
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('button', { name: '委員を追加' }));
  });

  it('edits with If-Match and, on 412, says so and closes to show the list anew', async () => {
    server.use(
      listing([member]),
      http.put('/api/v1/committee-members/{id}', ({ response }) => response(412).json(problemBody(412))),
    );
    renderWithProviders(<CommitteeMembersPanel canEdit />);
    await userEvent.click(await screen.findByRole('button', { name: /編集: 博多 一郎/ }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('他の人によって変更されました');
    expect(requestsTo('PUT', '/api/v1/committee-members/4')[0]!.headers.get('If-Match')).toBe('"6"');
    await userEvent.click(screen.getByRole('button', { name: '最新の内容を読み込む' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});
