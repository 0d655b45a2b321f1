import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { attendanceFigures, meetingAttendance } from '@/testing/council-fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { MeetingAttendance } from './meeting-attendance';

describe('MeetingAttendance', () => {
  it('shows the figures with the quorum, and the sheet read-only to who may not record it', async () => {
    server.use(
      http.get('/api/v1/council-meetings/{id}/attendance', ({ response }) =>
        response(200).json(
          meetingAttendance({ permissions: { canEdit: false }, figures: attendanceFigures({ membersOnDay: 14, present: 5, proxy: 1, absent: 6, unrecorded: 2, quorumRequired: 8, quorumMet: false }) }),
          { headers: { ETag: '"3-abc"' } },
        ),
      ),
    );
    renderWithProviders(<MeetingAttendance meetingId={31} />);
    const figures = await screen.findByTestId('attendance-figures');
    expect(figures).toHaveTextContent('構成員 14名・出席 5・委任状 1・欠席 6・未記録 2—定足数 8（過半数・委任状を含む）不成立');
    expect(within(figures).getByText('不成立')).toHaveClass('council-badge-short');
    const table = screen.getByRole('table', { name: '構成員の出欠' });
    expect(within(table).getByRole('row', { name: /山田 花子/ })).toHaveTextContent('出席');
    expect(within(table).getByRole('row', { name: /佐藤 一郎/ })).toHaveTextContent('委任状');
    const hidden = within(table).getByRole('row', { name: /（非表示）/ });
    expect(hidden).toHaveTextContent('部会長');
    expect(hidden).toHaveTextContent('未記録');
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/PRESENT|PROXY|MAJORITY/);
  });

  it('records the sheet: everyone present, one by proxy, one left unrecorded, saved with the meeting’s ETag', async () => {
    let saved = false;
    server.use(
      http.get('/api/v1/council-meetings/{id}/attendance', ({ response }) =>
        saved
          ? response(200).json(
              meetingAttendance({
                version: 4,
                figures: attendanceFigures({ membersOnDay: 3, present: 1, proxy: 1, absent: 0, unrecorded: 1, quorumRequired: 2, quorumMet: true }),
              }),
              { headers: { ETag: '"4-def"' } },
            )
          : response(200).json(meetingAttendance(), { headers: { ETag: '"3-abc"' } }),
      ),
      http.put('/api/v1/council-meetings/{id}/attendance', ({ response }) => {
        saved = true;
        return response(200).json(meetingAttendance({ version: 4 }));
      }),
    );
    renderWithProviders(<MeetingAttendance meetingId={31} />);
    expect(await screen.findByText('出欠はまだ記録されていません。')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: '出欠の記録' });
    const hidden = within(form).getByRole('group', { name: '部会長（城浜）の出欠' });
    expect(within(hidden).getByRole('radio', { name: '未記録' })).toBeChecked();
    expect(within(form).getByRole('group', { name: '佐藤 一郎の出欠' })).toHaveTextContent('委任状');
    expect(screen.getByTestId('attendance-tally')).toHaveTextContent('選択中: 出席 1・委任状 1・欠席 0・未記録 1');

    await userEvent.click(within(form).getByRole('button', { name: '全員出席にする' }));
    expect(within(hidden).getByRole('radio', { name: '出席' })).toBeChecked();
    await userEvent.click(within(within(form).getByRole('group', { name: '佐藤 一郎の出欠' })).getByRole('radio', { name: '委任状' }));
    await userEvent.click(within(hidden).getByRole('radio', { name: '未記録' }));
    expect(screen.getByTestId('attendance-tally')).toHaveTextContent('選択中: 出席 1・委任状 1・欠席 0・未記録 1');
    await userEvent.click(within(form).getByRole('button', { name: '出欠を保存' }));

    expect(await screen.findByText('出欠を保存しました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/council-meetings/31/attendance');
    expect(put!.headers.get('If-Match')).toBe('"3-abc"');
    expect(await put!.json()).toEqual({
      rows: [
        { memberId: 301, status: 'PRESENT' },
        { memberId: 302, status: 'PROXY' },
      ],
    });
    expect(await screen.findByTestId('attendance-figures')).toHaveTextContent('構成員 3名・出席 1・委任状 1・欠席 0・未記録 1—定足数 2（過半数・委任状を含む）成立');
  });

  it('says when someone else saved in between, and places a refused row at its member', async () => {
    server.use(
      http.get('/api/v1/council-meetings/{id}/attendance', ({ response }) => response(200).json(meetingAttendance(), { headers: { ETag: '"3-abc"' } })),
      http.put('/api/v1/council-meetings/{id}/attendance', ({ response }) =>
        response(400).json(problemBody(400, { errors: [{ field: 'rows[1].memberId', message: '会議の日に任期中ではありません', code: 'InTerm' }] })),
      ),
    );
    renderWithProviders(<MeetingAttendance meetingId={31} />);
    const form = await screen.findByRole('form', { name: '出欠の記録' });
    await userEvent.click(within(form).getByRole('button', { name: '出欠を保存' }));
    // rows[1] of those sent is 佐藤 一郎 (the unrecorded member was not sent)
    expect(await within(within(form).getByRole('group', { name: '佐藤 一郎の出欠' })).findByText('会議の日に任期中ではありません')).toBeInTheDocument();

    server.use(http.put('/api/v1/council-meetings/{id}/attendance', ({ response }) => response(412).json(problemBody(412, { title: 'Precondition Failed' }))));
    await userEvent.click(within(form).getByRole('button', { name: '出欠を保存' }));
    expect(await screen.findByText('このデータは他の人によって変更されました。最新の内容を読み込んでから、もう一度変更してください。')).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: '出欠を保存' })).toBeDisabled();
  });
});
