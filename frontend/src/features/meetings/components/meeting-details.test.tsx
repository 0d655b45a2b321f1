import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { Meeting } from '../api/meetings';
import { MeetingDetails } from './meeting-details';

const meeting: Meeting = {
  id: 31,
  bodyId: 2,
  bodyCode: 'BOARD',
  bodyName: '理事会',
  bodyKind: 'BOARD',
  number: 3,
  heldOn: '2025-06-25',
  fiscalYear: 2025,
  displayName: '第3回理事会',
  agendaItems: [],
  permissions: { canEdit: true },
  version: 0,
  createdAt: '2025-04-01T00:00:00Z', updatedAt: '2025-04-01T00:00:00Z',
};

describe('MeetingDetails', () => {
  it('adds an agenda item carrying a request found with the picker', async () => {
    server.use(
      http.get('/api/v1/sections', ({ response }) =>
        response(200).json({ items: [{ id: 14, departmentId: 1, code: 'GOMI', name: '家庭ごみ減量推進課', kana: 'か', sortOrder: 0, version: 0 }], total: 1, page: 1, size: 200, nextCursor: null } as never),
      ),
      http.get('/api/v1/city-requests', ({ response }) =>
        response(200).json({ items: [{ id: 120, title: 'ごみ減量のお知らせの回覧' }], total: 1, page: 1, size: 10, nextCursor: null } as never),
      ),
      http.post('/api/v1/council-meetings/{id}/agenda-items', async ({ request, response }) => {
        const body = await request.json();
        return response(201).json({
          id: 501, meetingId: 31, bodyId: 2, bodyName: '理事会', meetingDisplayName: '第3回理事会', heldOn: '2025-06-25',
          fiscalYear: 2025, order: 1, title: body.title, requestIds: body.requestIds ?? [], permissions: { canEdit: true }, version: 0,
          createdAt: '2025-04-01T00:00:00Z', updatedAt: '2025-04-01T00:00:00Z',
        });
      }),
    );
    renderWithProviders(<MeetingDetails meeting={meeting} canAddItems />);
    expect(screen.getByText('議題はまだありません。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '議題を追加' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^議題/ }), 'ごみ減量の説明');
    await userEvent.click(await screen.findByRole('checkbox', { name: /ごみ減量のお知らせの回覧/ }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('議題を追加しました。')).toBeInTheDocument();
    const [post] = requestsTo('POST', '/api/v1/council-meetings/31/agenda-items');
    expect(await post?.json()).toMatchObject({ title: 'ごみ減量の説明', requestIds: [120] });
    expect(post?.headers.get('Idempotency-Key')).toBeTruthy();
  });
});
