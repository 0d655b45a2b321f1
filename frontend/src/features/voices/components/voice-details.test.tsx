import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { ResponseTimes, Voice } from '../api/voices';
import { ResponseTimesTable } from './response-times';
import { VoiceDetails } from './voice-details';

const routed: Voice = {
  id: 7,
  kind: 'REQUEST',
  status: 'IN_PROGRESS',
  districtId: 3,
  districtName: '香椎校区',
  receivedOn: '2026-05-12',
  fiscalYear: 2026,
  receivedByName: '博多 花子',
  subject: '通学路の街灯の増設',
  body: '暗い区間がある。',
  dueOn: '2026-06-11',
  overdue: true,
  sectionId: 14,
  sectionName: '道路維持課',
  routedOn: '2026-05-13',
  permissions: { canEdit: false, canRoute: false, canAnswer: true, canClose: false },
  version: 2,
  createdAt: '2025-04-01T00:00:00Z', updatedAt: '2025-04-01T00:00:00Z',
};

describe('VoiceDetails', () => {
  it('shows where the voice stands and lets the section answer with If-Match', async () => {
    server.use(
      http.put('/api/v1/voices/{id}/answer', async ({ request, response }) => {
        const body = await request.json();
        return response(200).json({ ...routed, status: 'ANSWERED', answer: body.answer, version: 3 });
      }),
    );
    renderWithProviders(<VoiceDetails voice={routed} etag={'"2"'} />);
    const steps = screen.getByRole('list', { name: '対応の流れ' });
    expect(within(steps).getAllByRole('listitem')[1]).toHaveAttribute('aria-current', 'step');
    expect(screen.getAllByText('期限超過').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: '担当課へ送る' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '回答する' }));
    await userEvent.click(screen.getByRole('button', { name: '回答を登録' }));
    expect(await screen.findByText('入力してください。')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /回答/ }), '今年度中に2基を増設します。');
    await userEvent.click(screen.getByRole('button', { name: '回答を登録' }));
    expect(await screen.findByText('回答を登録しました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/voices/7/answer');
    expect(put?.headers.get('If-Match')).toBe('"2"');
  });

  it('says so when the voice was answered meanwhile', async () => {
    server.use(
      http.put('/api/v1/voices/{id}/answer', ({ response }) =>
        response(409).json(problemBody(409, { detail: 'Only a voice routed to a section can be answered' }), {
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      ),
    );
    renderWithProviders(<VoiceDetails voice={routed} etag={'"2"'} />);
    await userEvent.click(screen.getByRole('button', { name: '回答する' }));
    await userEvent.type(screen.getByRole('textbox', { name: /回答/ }), '回答');
    await userEvent.click(screen.getByRole('button', { name: '回答を登録' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});

describe('ResponseTimesTable', () => {
  const figures: ResponseTimes = {
    targetDays: 30,
    asOf: '2026-12-04',
    rows: [
      { fiscalYear: 2026, sectionId: 1, sectionName: '道路維持課', received: 4, answered: 3, open: 1, overdue: 1, answeredWithinTarget: 2, medianDaysToAnswer: 21, shareWithinTarget: 0.5 },
      { fiscalYear: 2026, sectionId: 2, sectionName: '公園課', received: 9, answered: 9, open: 0, overdue: 0, answeredWithinTarget: 9, medianDaysToAnswer: 8, shareWithinTarget: 1 },
      { fiscalYear: 2026, received: 1, answered: 0, open: 1, overdue: 0, answeredWithinTarget: 0 },
    ],
  };

  it('lists sections with their figures and sorts by a column', async () => {
    server.use(http.get('/api/v1/voice-response-times', ({ response }) => response(200).json(figures)));
    renderWithProviders(<ResponseTimesTable />);
    const table = await screen.findByRole('table', { name: '回答状況' });
    const names = () => within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(names()).toEqual(['公園課', '道路維持課', '未振り分け']);
    expect(within(table).getByText('50%')).toBeInTheDocument();
    expect(within(table).getByText('21日')).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: /回答日数（中央値）/ }));
    expect(names()).toEqual(['公園課', '道路維持課', '未振り分け']);
    await userEvent.click(within(table).getByRole('button', { name: /回答日数（中央値）/ }));
    expect(names()).toEqual(['道路維持課', '公園課', '未振り分け']);
  });
});
